#pragma once

// Shared by the fuzz targets (tests/fuzz/README.md): one Qt application per
// process, Qt's messages silenced (a fuzzer runs millions of inputs), and a
// scratch folder for readers that take a file name.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace certdesk
{
} // namespace certdesk
using namespace certdesk;

namespace fuzz
{

// Creates the application the readers need (plugins, translations). Call from
// LLVMFuzzerInitialize; the replay main() calls that too.
void init(int *argc, char ***argv);
// A scratch folder that lives as long as the process (in /dev/shm when there is one).
QString scratch();
// Writes the input to <scratch>/<name> and returns the path.
QString writeFile(const QString &name, const uint8_t *data, size_t size);
QByteArray bytes(const uint8_t *data, size_t size);
// A finding the sanitizers cannot see (a broken promise of the code): abort so
// that libFuzzer keeps the input.
[[noreturn]] void fail(const char *what);

} // namespace fuzz

#define FUZZ_ASSERT(cond)                                                                          \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fuzz::fail(#cond);                                                                     \
    } while (false)
