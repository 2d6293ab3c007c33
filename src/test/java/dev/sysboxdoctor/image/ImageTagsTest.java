package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTagsTest {
    @ParameterizedTest
    @CsvSource({
            "my-app:v1, my-app, v1",
            "my-app, my-app, latest",
            "team/my_app.x:1.0-rc_2, team/my_app.x, 1.0-rc_2",
            "localhost:5000/app:v1, localhost:5000/app, v1",
            "localhost:5000/app, localhost:5000/app, latest",
            "Registry.Example.com/a/b__c:TAG, Registry.Example.com/a/b__c, TAG",
            "a--b:_x, a--b, _x"})
    void acceptsDockerReferences(String input, String repo, String tag) {
        TagCheck c = ImageTags.validate(input);
        assertThat(c.valid()).as(c.message()).isTrue();
        assertThat(c.repository()).isEqualTo(repo);
        assertThat(c.tag()).isEqualTo(tag);
        assertThat(c.reference()).isEqualTo(repo + ":" + tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "My-App:v1", "app:", ":v1", "app:.v1", "app:-v1", "app:v 1", "a//b:v1", "app_:v1",
            "-app:v1", "app@sha256:abc", " app:v1", "app:v1/x", "bad_host:5000x/app:v1", "ü:v1"})
    void rejectsWithAMessage(String input) {
        TagCheck c = ImageTags.validate(input);
        assertThat(c.valid()).isFalse();
        assertThat(c.message()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void messagesSayWhatIsWrong() {
        assertThat(ImageTags.validate("My-App:v1").message()).contains("lowercase");
        assertThat(ImageTags.validate("app:" + "x".repeat(129)).message()).contains("128");
        assertThat(ImageTags.validate("app@sha256:00").message()).contains("digest");
    }
}
