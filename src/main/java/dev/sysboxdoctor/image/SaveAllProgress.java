package dev.sysboxdoctor.image;

/**
 * Where a save-all run is.
 *
 * @param index     1-based number of the container being saved
 * @param total     how many containers this run saves
 * @param container the container being saved
 * @param step      the progress of that container's save
 * @param bytesDone bytes streamed in this run so far (finished saves plus the current one's)
 */
public record SaveAllProgress(int index, int total, ContainerInfo container, Progress step, long bytesDone) {
    /** "2 of 5: web", for a status line. */
    public String headline() {
        return index + " of " + total + ": " + container.name();
    }
}
