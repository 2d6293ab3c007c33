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
unit_files() { # every file that can define the sysbox units, with its mtime (globs under $R)
  for u in sysbox-mgr sysbox sysbox-fs; do
    for d in etc/systemd/system run/systemd/system usr/local/lib/systemd/system lib/systemd/system usr/lib/systemd/system; do
      for f in "$R/$d/$u.service" "$R/$d/$u.service.d/"*.conf; do
        [ -f "$f" ] || continue
        printf '@@FILE %s %s\n' "$(stat -c %Y "$f" 2>/dev/null || echo 0)" "${f#"$R"}"
        cat "$f"
        printf '\n'
      done
    done
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
unit_show() { # unit -> the properties a diagnosis needs
  have systemctl || { echo "no systemctl"; return 127; }
  systemctl show "$1" --property=ActiveState,SubState,Result,ActiveEnterTimestamp,NeedDaemonReload 2>/dev/null
}
mgr_log_file() { # sysbox-mgr --log=FILE (or --log FILE) writes there instead of the journal: its tail
  p=$(sed -n 's/.*sysbox-mgr.*--log[= ]\([^ ]*\).*/\1/p' "$R"/etc/systemd/system/sysbox-mgr.service.d/*.conf \
      "$R"/etc/systemd/system/sysbox-mgr.service "$R"/lib/systemd/system/sysbox-mgr.service \
      "$R"/usr/lib/systemd/system/sysbox-mgr.service 2>/dev/null | tail -n 1)
  [ -n "$p" ] || return 3
  echo "@@LOG $p"
  tail -n 300 "$R$p"
}
fs_show() { # sysbox-fs's state, kept for fs_journal
  FS_STATE=$(unit_show sysbox-fs.service); rc=$?
  printf '%s\n' "$FS_STATE"
  return $rc
}
fs_journal() { # only a sysbox-fs that is not active has a cause worth reading
  case "$FS_STATE" in *ActiveState=active*) return 0 ;; esac
  journal sysbox-fs 60
}
wsl_netmode() { have wslinfo || return 127; wslinfo --networking-mode; }
fusermount_tools() { found=1
  for t in fusermount fusermount3; do command -v "$t" && found=0; done
  return $found
}
journal() { have journalctl || { echo "no journalctl"; return 127; }
  journalctl -u "${1:-sysbox-mgr}" --no-pager -n "${2:-300}" 2>&1
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
sec wsl-netmode wsl_netmode
sec wslconf rd /etc/wsl.conf
sec os-release rd /etc/os-release
sec userns-clone rd /proc/sys/kernel/unprivileged_userns_clone
sec tz date +%z
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
sec mgr-show unit_show sysbox-mgr.service
sec journal journal sysbox-mgr 300
sec mgr-log mgr_log_file
sec fs-show fs_show
sec fs-journal fs_journal
sec fusermount fusermount_tools
sec clones clones
if [ "${1:-}" = docker ]; then
  sec docker-info docker_info
  sec docker-containers docker_containers
fi
exit 0
