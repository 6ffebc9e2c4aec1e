#pragma once

#include "codec.h"

#include <QJsonObject>

/// OpenAI Chat Completions <-> internal conversions (internal to clawdesk_protocol).
namespace clawdesk::openaichat {

std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error);
QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target);

QJsonObject responseToJson(const ChatResponse &response);
std::optional<ChatResponse> responseFromJson(const QJsonObject &body, ApiError *error);

QString finishReasonToString(StopReason reason);
StopReason finishReasonFromString(const QString &reason);
QJsonObject usageToJson(const Usage &usage);
Usage usageFromJson(const QJsonObject &usage);

std::unique_ptr<StreamEncoder> createStreamEncoder(bool includeUsage);
std::unique_ptr<StreamDecoder> createStreamDecoder();

} // namespace clawdesk::openaichat
