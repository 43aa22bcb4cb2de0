#!/usr/bin/env bash
# Installs what CertDesk needs to build, run and test, from Debian's packages.
# Only missing packages are installed; a machine that has them all is left alone.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config       # compiler and build
    lld                                                # the linker: a test program in 0.4 s where GNU ld takes 1.8 s (cmake/buildspeed.cmake)
    qt6-base-dev qt6-base-dev-tools libgl-dev          # Qt Core/Gui/Widgets/Sql/Network/Concurrent/Test
    libqt6sql6-sqlite                                  # the SQLite driver behind QtSql
    qt6-charts-dev                                     # dashboard charts
    libqt6opengl6-dev                                  # Qt6OpenGL(Widgets) CMake files that Qt6Charts needs (only a Recommends of qt6-base-dev)
    libcpp-httplib-dev                                 # the reference upstream server's HTTP(S) (server/)
    libssl-dev zlib1g-dev libbrotli-dev                # cpp-httplib's pkg-config needs; OpenSSL also for the server's own TLS (requestguard)
    libqt6sql6-psql                                    # the PostgreSQL driver behind QtSql (upstream server)
    libpq-dev                                          # libpq, the driver's library: the server asks it whether a connection is in a transaction
    postgresql                                         # tests: a throwaway cluster for the upstream server
    openssl                                            # tests: self-signed and CA-issued certificates for HTTPS pinning (tst_synctrust)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # LinguistTools: lupdate, lrelease
    qt6-translations-l10n                              # Qt's own Chinese strings (standard dialogs)
    qt6-qpa-plugins                                    # xcb platform plugin to show the window
    libexif-dev                                        # EXIF capture time of evidence photos
    libsodium-dev                                      # Argon2id password hashing (crypto_pwhash)
    qt6-image-formats-plugins                          # WebP (and other) image readers for evidence photos
    unicode-data bzip2                                 # Unihan readings -> pinyin initials at build time
    fonts-noto-cjk                                     # Chinese glyphs on screen and in PDFs
    fonts-arphic-uming                                 # archive PDFs: a CJK font whose text layer pdftotext/search can read
    libminizip-dev                                     # zip writing: the electronic archive bundle, backups, sync packages
    libzip-dev                                         # zip reading: backups (zip64), bundles, sync packages, XLSX from outside
    libxlsxwriter-dev                                  # XLSX export of lists and tables
    libsqlite3-dev                                     # the sqlite3 C API: the demo generator's bulk insert, and bench_bulk's reference
    libreoffice-calc-nogui                             # tests: LibreOffice writes the files we import and reads what we export
    poppler-utils                                      # pdfinfo/pdffonts/pdftotext: tests check the PDFs we write
    xvfb xauth                                         # headless display for screenshots
    clang-format                                       # scripts/check-format.sh: every C++ file formatted as .clang-format says
    universal-ctags                                    # scripts/check-unity.py: the helpers each file defines, for the unity build's check
    clang libclang-rt-14-dev llvm                      # the sanitizer/fuzz build (build-asan): clang, its ASan/UBSan/libFuzzer runtimes, llvm-symbolizer on the PATH for reports (llvm, which brings llvm-14)
    python3 strace                                     # scripts/check-setup-deps.py: proves this list complete from a trace of the tests
    dpkg-dev file                                      # packages: CPack's DEB generator runs dpkg-shlibdeps and file
    librsvg2-bin                                       # packages: rsvg-convert draws the icon's PNG sizes from its SVG
    lintian                                            # package test: lintian checks both .deb files
    systemd man-db                                     # package test: systemd-analyze verify (it also looks up the unit's man pages)
    appstream                                          # package test: appstreamcli validates the metainfo file
    debootstrap                                        # package test: a fresh Debian 12 to install the packages on
)

# --list: print the packages (scripts/check-setup-deps.py proves this list complete).
if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${PACKAGES[@]}"
    exit 0
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
