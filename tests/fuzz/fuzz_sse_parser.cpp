// The Server-Sent Events parser on arbitrary bytes in arbitrary pieces: the events must not depend
// on how the stream was split.
#include "fuzzinput.h"
#include "sseparser.h"

#include <cstdlib>

using namespace clawdesk;
using clawdesk::fuzz::FuzzInput;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    const int piece = 1 + in.byte() % 32;
    const QByteArray stream = in.rest();

    SseParser whole;
    QList<SseEvent> expected = whole.feed(stream);
    expected += whole.finish();

    SseParser split;
    QList<SseEvent> got;
    for (qsizetype at = 0; at < stream.size(); at += piece)
        got += split.feed(stream.mid(at, piece));
    got += split.finish();
    if (got != expected)
        std::abort();
    return 0;
}
