// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry for the CSV reader: any bytes, every encoding and delimiter mode. Checks, besides
// memory safety (ASan/UBSan), the reader's promises: records have increasing lines, fields stay within
// the bounds, and a refused file says which line.
#include "importio/CsvReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the options; the rest is the file.
    const uint8_t pick = data[0];
    md::CsvOptions options;
    options.encoding = static_cast<md::CsvEncoding>(pick % 5); // Auto, UTF-8, GB18030, UTF-16, Big5
    options.delimiter = static_cast<md::CsvDelimiter>((pick / 5) % 5);
    options.maxFieldChars = 64;
    options.maxFields = 16;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const md::CsvTable table = md::CsvReader::parse(bytes, options);
    if (!table.ok) {
        if (table.error.isEmpty())
            std::abort();
        return 0;
    }
    int lastLine = 0;
    for (const md::CsvRecord& r : table.records) {
        if (r.line <= lastLine || r.fields.size() > options.maxFields)
            std::abort();
        lastLine = r.line;
        for (const QString& f : r.fields) {
            if (f.size() > options.maxFieldChars)
                std::abort();
        }
    }
    return 0;
}
