#pragma once

#include "apierror.h"
#include "chatmodel.h"

#include <QJsonObject>

/// Pieces shared by the two OpenAI formats (internal to clawdesk_protocol).
namespace clawdesk::openai {

/// {"error":{"message","type","param","code"}}
QJsonObject errorToJson(const ApiError &error);
/// OpenClaw's text: "HTTP <code>: <message>".
ApiError errorFromBody(int httpStatus, const QByteArray &body);
/// An ApiError from an in-stream {"error":{…}} object.
ApiError errorFromObject(const QJsonObject &error);
/// Image block → URL (a data: URL for base64 images).
QString imageUrl(const ContentBlock &image);
/// URL → image block (data: URLs become base64 blocks).
ContentBlock imageFromUrl(const QString &url);
/// Effort for an Anthropic thinking budget ("low" ≤ 2048 < "medium" ≤ 8192 < "high").
QString effortForBudget(int budget);

} // namespace clawdesk::openai
