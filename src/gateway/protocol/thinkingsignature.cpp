#include "thinkingsignature.h"

namespace clawdesk::thinking {

static const QLatin1String kPrefix("cdsig1.");

QString wrapSignature(const QString &provider, const QString &signature)
{
    if (signature.isEmpty())
        return signature;
    const QByteArray p =
        provider.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return kPrefix + QString::fromLatin1(p) + QLatin1Char('.') + signature;
}

UnwrappedSignature unwrapSignature(const QString &signature)
{
    UnwrappedSignature out;
    out.signature = signature;
    if (!signature.startsWith(kPrefix))
        return out;
    const qsizetype dot = signature.indexOf(QLatin1Char('.'), kPrefix.size());
    if (dot < 0)
        return out;
    const QByteArray encoded = signature.mid(kPrefix.size(), dot - kPrefix.size()).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::Base64UrlEncoding |
                                                                     QByteArray::OmitTrailingEquals |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return out;
    out.wrapped = true;
    out.provider = QString::fromUtf8(*decoded);
    out.signature = signature.mid(dot + 1);
    return out;
}

int sanitizeThinkingFor(ChatRequest &request, const QString &provider, ForeignThinking mode)
{
    int changed = 0;
    for (ChatMessage &m : request.messages) {
        if (m.role != ChatMessage::Role::Assistant)
            continue;
        QList<ContentBlock> kept;
        for (ContentBlock b : m.content) {
            if (b.type == ContentBlock::Type::Thinking) {
                const UnwrappedSignature u = unwrapSignature(b.signature);
                if (u.wrapped && u.provider == provider) {
                    b.signature = u.signature;
                    kept << b;
                    continue;
                }
                ++changed;
                if (mode == ForeignThinking::ConvertToText && !b.text.isEmpty())
                    kept << ContentBlock::makeText(b.text);
                continue;
            }
            if (b.type == ContentBlock::Type::RedactedThinking) {
                const UnwrappedSignature u = unwrapSignature(b.redactedData);
                if (u.wrapped && u.provider == provider) {
                    b.redactedData = u.signature;
                    kept << b;
                } else {
                    ++changed; // encrypted for another provider: nothing readable to keep
                }
                continue;
            }
            kept << b;
        }
        m.content = kept;
    }
    return changed;
}

void wrapSignatures(ChatResponse &response, const QString &provider)
{
    for (ContentBlock &b : response.content) {
        if (b.type == ContentBlock::Type::Thinking)
            b.signature = wrapSignature(provider, b.signature);
        else if (b.type == ContentBlock::Type::RedactedThinking)
            b.redactedData = wrapSignature(provider, b.redactedData);
    }
}

void wrapSignatures(StreamEvent &event, const QString &provider)
{
    if (event.type == StreamEvent::Type::SignatureDelta ||
        (event.type == StreamEvent::Type::BlockStart &&
         event.blockKind == StreamEvent::BlockKind::RedactedThinking))
        event.text = wrapSignature(provider, event.text);
}

} // namespace clawdesk::thinking
