# Sysbox Doctor: gathers one Linux target's facts in one run (sh -s, script on stdin).
# Files are read under "${SYSBOX_DOCTOR_ROOT:-}" (a fixture root or --root); commands by name.
# Output: sections "@@SBD> name" ... "@@SBD< name rc", parsed by inspect.ScriptSections.
# $1 = "docker": also ask the docker CLI (WSL targets; the local engine is asked through its API).
R="${SYSBOX_DOCTOR_ROOT:-}"
LC_ALL=C
export LC_ALL
sec() { # name command...
  n=$1; shift
  printf '@@SBD> %s\n' "$n"
  "$@" 2>&1
  rc=$?
  printf '\n@@SBD< %s %s\n' "$n" "$rc"
}
have() { command -v "$1" >/dev/null 2>&1; }
rd() { cat "$R$1"; }
shiftfs_modules() { grep -E '^shiftfs[[:space:]]' "$R/proc/modules"; }
config_gz() {
  [ -r "$R/proc/config.gz" ] || { echo "absent"; return 2; }
  gzip -dc "$R/proc/config.gz" | grep -E '^(# )?CONFIG_(OVERLAY_FS|USER_NS|SHIFT_FS|IKCONFIG_PROC)[= ]'
}
release() { cat "$R/proc/sys/kernel/osrelease" 2>/dev/null || uname -r; }
modprobe_dry() { have modprobe || { echo "no modprobe"; return 127; }; modprobe -n shiftfs; }
modfile() { find "$R/lib/modules/$(release)" -name 'shiftfs.ko*' 2>/dev/null | head -n 1; }
systemd_booted() { [ -d "$R/run/systemd/system" ] && echo yes || echo no; rd /proc/1/comm; }
sysbox_runc_version() { have sysbox-runc || { echo "not found"; return 127; }; sysbox-runc --version; }
dpkg_version() { have dpkg-query || { echo "no dpkg-query"; return 127; }; dpkg-query -W -f='${Version}\n' sysbox-ce 2>/dev/null || dpkg-query -W -f='${Version}\n' sysbox; }
unit_files() { # every file that can define sysbox-mgr.service, with its mtime (globs under $R)
  for f in "$R"/etc/systemd/system/sysbox-mgr.service "$R"/run/systemd/system/sysbox-mgr.service \
           "$R"/lib/systemd/system/sysbox-mgr.service "$R"/usr/lib/systemd/system/sysbox-mgr.service \
           "$R"/etc/systemd/system/sysbox-mgr.service.d/*.conf "$R"/run/systemd/system/sysbox-mgr.service.d/*.conf \
           "$R"/lib/systemd/system/sysbox-mgr.service.d/*.conf "$R"/usr/lib/systemd/system/sysbox-mgr.service.d/*.conf; do
    [ -f "$f" ] || continue
    printf '@@FILE %s %s\n' "$(stat -c %Y "$f" 2>/dev/null || echo 0)" "${f#"$R"}"
    cat "$f"
    printf '\n'
  done
}
mgr_procs() { # running sysbox-mgr processes: pid and NUL-separated argv shown with \x01
  for c in "$R"/proc/[0-9]*/comm; do
    [ -r "$c" ] || continue
    [ "$(cat "$c" 2>/dev/null)" = sysbox-mgr ] || continue
    d=${c%/comm}
    printf '@@PROC %s ' "${d##*/}"
    tr '\000' '\001' < "$d/cmdline"
    printf '\n'
  done
}
mgr_show() { have systemctl || { echo "no systemctl"; return 127; }
  for p in ActiveState ActiveEnterTimestamp NeedDaemonReload; do
    printf '%s=%s\n' "$p" "$(systemctl show sysbox-mgr.service -p "$p" --value 2>/dev/null)"
  done
}
journal() { have journalctl || { echo "no journalctl"; return 127; }
  journalctl -u sysbox-mgr --no-pager -n 300 2>&1
}
data_root() { # sysbox-mgr's --data-root (running process), default /var/lib/sysbox
  for c in "$R"/proc/[0-9]*/comm; do
    [ "$(cat "$c" 2>/dev/null)" = sysbox-mgr ] || continue
    tr '\000' '\n' < "${c%/comm}/cmdline" | awk 'f { print; exit } /^--data-root=/ { sub(/^--data-root=/, ""); print; exit } $0 == "--data-root" { f = 1 }'
    return 0
  done
}
clones() { # the container ids that have a rootfs clone
  d=$(data_root); d=${d:-/var/lib/sysbox}
  printf '@@ROOT %s\n' "$d"
  [ -e "$R$d" ] || return 0
  [ -r "$R$d" ] && [ -x "$R$d" ] || { echo "cannot read $d"; return 13; }
  [ -d "$R$d/rootfs" ] || return 0
  ls -1 "$R$d/rootfs/"
}
docker_info() { have docker || { echo "no docker CLI"; return 127; }; docker info --format '{{json .}}'; }
docker_containers() { have docker || return 127
  ids=$(docker ps -aq --no-trunc) || return $?
  [ -n "$ids" ] || return 0
  docker inspect --format '{{.Id}}	{{.Name}}	{{.Config.Image}}	{{.HostConfig.Runtime}}	{{.State.Status}}' $ids
}

sec proc-version rd /proc/version
sec uname release
sec wsl-interop test -e "$R/proc/sys/fs/binfmt_misc/WSLInterop"
sec wslinfo sh -c 'command -v wslinfo >/dev/null 2>&1 || exit 127; wslinfo --version'
sec wslconf rd /etc/wsl.conf
sec config-gz config_gz
sec shiftfs-modules shiftfs_modules
sec shiftfs-sysmodule test -d "$R/sys/module/shiftfs"
sec shiftfs-file modfile
sec shiftfs-modprobe modprobe_dry
sec systemd systemd_booted
sec sysbox-runc sysbox_runc_version
sec dpkg dpkg_version
sec units unit_files
sec mgr-procs mgr_procs
sec mgr-show mgr_show
sec journal journal
sec clones clones
if [ "${1:-}" = docker ]; then
  sec docker-info docker_info
  sec docker-containers docker_containers
fi
exit 0
