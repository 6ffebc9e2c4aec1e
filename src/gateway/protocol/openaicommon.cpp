#include "openaicommon.h"

#include <QJsonDocument>

namespace clawdesk::openai {

QJsonObject errorToJson(const ApiError &error)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {QLatin1String("error"), QJsonObject{{QLatin1String("message"), error.message},
                                             {QLatin1String("type"), ApiError::openAIType(error.kind)},
                                             {QLatin1String("param"), orNull(error.param)},
                                             {QLatin1String("code"), orNull(error.code)}}}};
}

ApiError errorFromObject(const QJsonObject &err)
{
    ApiError e;
    const QString type = err.value(QLatin1String("type")).toString();
    const QJsonValue code = err.value(QLatin1String("code"));
    e.code =
        code.isString() ? code.toString() : (code.isDouble() ? QString::number(code.toInt()) : QString());
    e.param = err.value(QLatin1String("param")).toString();
    e.message = err.value(QLatin1String("message")).toString();
    if (type.contains(QLatin1String("rate_limit")) || e.code.contains(QLatin1String("rate_limit")))
        e.kind = ApiError::Kind::RateLimit;
    else if (type == QLatin1String("invalid_request_error"))
        e.kind = ApiError::Kind::InvalidRequest;
    else if (type.contains(QLatin1String("auth")))
        e.kind = ApiError::Kind::Authentication;
    else
        e.kind = ApiError::Kind::Api;
    e.httpStatus = ApiError::statusForKind(e.kind);
    return e;
}

ApiError errorFromBody(int httpStatus, const QByteArray &body)
{
    ApiError e = ApiError::fromStatus(httpStatus, QString());
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue errValue = root.value(QLatin1String("error"));
    QString message;
    if (errValue.isObject()) {
        const ApiError parsed = errorFromObject(errValue.toObject());
        message = parsed.message;
        e.code = parsed.code;
        e.param = parsed.param;
    } else if (errValue.isString()) {
        message = errValue.toString(); // some OpenAI-compatible servers
    } else if (root.value(QLatin1String("message")).isString()) {
        message = root.value(QLatin1String("message")).toString();
    } else {
        message = QString::fromUtf8(body.left(500)).trimmed();
    }
    e.message = message.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                  : QStringLiteral("HTTP %1: %2").arg(httpStatus).arg(message);
    return e;
}

QString imageUrl(const ContentBlock &image)
{
    if (!image.data.isEmpty())
        return QStringLiteral("data:%1;base64,%2").arg(image.mediaType, image.data);
    return image.url;
}

ContentBlock imageFromUrl(const QString &url)
{
    if (url.startsWith(QLatin1String("data:"))) {
        const qsizetype marker = url.indexOf(QLatin1String(";base64,"));
        if (marker > 5)
            return ContentBlock::makeImageBase64(url.mid(5, marker - 5), url.mid(marker + 8));
    }
    return ContentBlock::makeImageUrl(url);
}

QString effortForBudget(int budget)
{
    if (budget <= 2048)
        return QStringLiteral("low");
    if (budget <= 8192)
        return QStringLiteral("medium");
    return QStringLiteral("high");
}

QString effortFor(const ChatRequest &request, bool targetReasons)
{
    if (!request.reasoningEffort.isEmpty())
        return request.reasoningEffort;
    if (!targetReasons)
        return {};
    if (request.thinkingBudget)
        return effortForBudget(*request.thinkingBudget);
    if (request.adaptiveEffort == QLatin1String("max") || request.adaptiveEffort == QLatin1String("xhigh"))
        return QStringLiteral("high");
    return request.adaptiveEffort;
}

QString documentDataUrl(const ContentBlock &document)
{
    if (document.data.isEmpty())
        return {};
    const QString type =
        document.mediaType.isEmpty() ? QStringLiteral("application/pdf") : document.mediaType;
    return QStringLiteral("data:%1;base64,%2").arg(type, document.data);
}

ContentBlock documentFromFile(const QString &fileData, const QString &fileUrl, const QString &filename)
{
    ContentBlock b;
    b.type = ContentBlock::Type::Document;
    b.title = filename;
    if (fileData.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = fileData.indexOf(QLatin1Char(','));
        const QString header = fileData.mid(5, comma - 5);
        b.mediaType = header.section(QLatin1Char(';'), 0, 0);
        b.data = fileData.mid(comma + 1);
    } else if (!fileData.isEmpty()) {
        b.mediaType = QStringLiteral("application/pdf");
        b.data = fileData;
    } else {
        b.url = fileUrl;
    }
    return b;
}

QString documentAsText(const ContentBlock &document)
{
    if (!document.text.isEmpty())
        return document.text;
    return QStringLiteral("[document%1%2]")
        .arg(document.title.isEmpty() ? QString() : QStringLiteral(" ") + document.title,
             document.url.isEmpty() ? QString() : QStringLiteral(" ") + document.url);
}

} // namespace clawdesk::openai
