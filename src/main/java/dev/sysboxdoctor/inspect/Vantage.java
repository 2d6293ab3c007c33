package dev.sysboxdoctor.inspect;

/** Where the inspection looked from: through wsl.exe (Windows) or at the local Linux system. */
public enum Vantage {
    WSL_EXE, LOCAL
}
