// The JSON5 reader on arbitrary bytes: parse, and for a document that parses, serialise it as
// strict JSON, which must read back.
#include "json5document.h"
#include "jsonvalue.h"

#include <cstdio>
#include <cstdlib>

using namespace clawdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Json5Error error;
    const Json5Document document = Json5Document::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!document.isValid()) {
        // Column 0 is the reference parser's place for an offending line break.
        if (error.line < 1 || error.column < 0) {
            std::fprintf(stderr, "parse error without a place: %s at %d:%d\n", qPrintable(error.message),
                         error.line, error.column);
            std::abort(); // every parse error has a place
        }
        return 0;
    }
    const QString json = document.value().toJson();
    const Json5Document again = Json5Document::parse(json);
    if (!again.isValid())
        std::abort();
    return 0;
}
