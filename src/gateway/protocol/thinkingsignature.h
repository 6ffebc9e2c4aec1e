#pragma once

#include "chatmodel.h"
#include "streamevent.h"

namespace clawdesk {

/// Thinking-signature safety for cross-provider failover.
///
/// Signatures (and redacted_thinking data) are only valid at the provider that produced them;
/// sending one to another provider fails with "Invalid signature in thinking block". The gateway
/// therefore wraps every signature it relays to a client with the producing provider's key:
///
///   upstream "EqQBCk…"  --wrapSignature("anthropic", …)-->  client "cdsig1.YW50aHJvcGlj.EqQBCk…"
///   client history      --sanitizeThinkingFor(req, p)-->     unwrapped if p produced it, else dropped
///                                                            or turned into plain text
namespace thinking {

/// "cdsig1.<base64url(provider)>.<signature>"; empty signatures stay empty.
QString wrapSignature(const QString &provider, const QString &signature);

struct UnwrappedSignature
{
    bool wrapped = false; ///< false: not one of ours (provider unknown)
    QString provider;
    QString signature; ///< the original signature (the input itself when not wrapped)
};
UnwrappedSignature unwrapSignature(const QString &signature);

/// What to do with thinking the target provider did not produce.
enum class ForeignThinking { Drop, ConvertToText };

/// Unwraps signatures made by `provider`; thinking blocks with foreign, unknown or missing
/// signatures and foreign redacted_thinking blocks are dropped or converted to text. Returns the
/// number of blocks dropped or converted.
int sanitizeThinkingFor(ChatRequest &request, const QString &provider,
                        ForeignThinking mode = ForeignThinking::Drop);

/// Wraps every signature / redacted payload in a response produced by `provider`.
void wrapSignatures(ChatResponse &response, const QString &provider);
/// Same for one stream event (SignatureDelta, RedactedThinking BlockStart). Upstreams send a
/// signature as a single delta, which is what makes per-event wrapping correct.
void wrapSignatures(StreamEvent &event, const QString &provider);

} // namespace thinking
} // namespace clawdesk
