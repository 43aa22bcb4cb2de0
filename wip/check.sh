#!/bin/bash
# syntax-check files of /tmp/x/root with the flags of the real build
R=/tmp/x/root
B=/work/wt-server/build-test
SFLAGS="-DQT_CONCURRENT_LIB -DQT_CORE_LIB -DQT_GUI_LIB -DQT_NETWORK_LIB -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_DEBUG -DQT_NO_FOREACH -DQT_NO_NARROWING_CONVERSIONS_IN_CONNECT -DQT_SQL_LIB -DCERTDESK_FAULT_INJECTION=1 -I$B/models/certdesk_models_autogen/include -I$R/server -I$R/models -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/lib/x86_64-linux-gnu/qt6/mkspecs/linux-g++ -isystem /usr/include/x86_64-linux-gnu/qt6/QtGui -isystem /usr/include/x86_64-linux-gnu/qt6/QtSql -isystem /usr/include/x86_64-linux-gnu/qt6/QtNetwork -isystem /usr/include/x86_64-linux-gnu/qt6/QtConcurrent -isystem /usr/include/x86_64-linux-gnu/qt6/QtTest -O0 -Wall -Wextra -Werror -fPIC -DCPPHTTPLIB_OPENSSL_SUPPORT -DCPPHTTPLIB_ZLIB_SUPPORT -DCPPHTTPLIB_BROTLI_SUPPORT -std=gnu++17 -fsyntax-only"
for f in "$@"; do
  nice c++ $SFLAGS -DCERTDESK_UPSTREAM_BIN='"x"' -DCERTDESK_CLI_BIN='"y"' -DCERTDESK_SOURCE_DIR='"z"' -DCERTDESK_BINARY_DIR='"w"' $R/$f 2>&1 | head -30 | sed "s|$R/||" || true
done
