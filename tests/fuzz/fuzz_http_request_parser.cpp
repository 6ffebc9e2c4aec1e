// The HTTP/1.1 request parser on arbitrary bytes, offered in pieces of fuzzer-chosen sizes the way
// a socket delivers them: it must consume, finish or refuse, never loop, and never accept more than
// the limits allow.
#include "fuzzinput.h"
#include "httprequestparser.h"

#include <cstdlib>

using namespace clawdesk;
using clawdesk::fuzz::FuzzInput;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    HttpServerLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 8192;
    const int piece = 1 + in.byte() % 64;
    const QByteArray stream = in.rest();
    HttpRequestParser parser(limits);
    QByteArray buffer;
    qsizetype offered = 0;
    int requests = 0;
    while (offered < stream.size() || !buffer.isEmpty()) {
        const qsizetype add = qMin<qsizetype>(piece, stream.size() - offered);
        buffer.append(stream.constData() + offered, add);
        offered += add;
        qsizetype consumed = 0;
        const auto status = parser.feed(buffer.constData(), buffer.size(), &consumed);
        if (consumed < 0 || consumed > buffer.size())
            std::abort();
        buffer.remove(0, consumed);
        if (status == HttpRequestParser::Status::Error) {
            if (parser.errorStatus() < 400 || parser.errorStatus() > 599)
                std::abort();
            return 0;
        }
        if (status == HttpRequestParser::Status::MessageComplete) {
            const HttpRequest request = parser.takeRequest();
            if (request.body.size() > limits.maxBodyBytes)
                std::abort();
            if (++requests > 10000)
                std::abort();
            continue;
        }
        if (status == HttpRequestParser::Status::NeedMore && add == 0)
            break; // nothing more to offer
    }
    return 0;
}
