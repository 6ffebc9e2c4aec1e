// One inbound request decoder (chosen at build time) on an arbitrary request body: it decodes or
// refuses with a client error, and what it decodes can be encoded again for every provider.
#include "apierror.h"
#include "codec.h"

#include <cstdlib>

using namespace clawdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiError error;
    const std::optional<ChatRequest> request =
        inboundCodec(WireApi(FUZZ_WIRE_API)).decodeRequest(body, &error);
    if (!request) {
        if (error.httpStatus < 400 || error.httpStatus > 499)
            std::abort();
        return 0;
    }
    UpstreamTarget target;
    target.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    target.modelId = request->model.isEmpty() ? QStringLiteral("m") : request->model;
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses})
        (void)outboundCodec(api).encodeRequest(*request, target);
    return 0;
}
