#pragma once

#include "codec.h"

#include <QJsonObject>

/// Anthropic Messages <-> internal conversions (internal to clawdesk_protocol; the codec classes
/// in anthropiccodec.cpp are thin wrappers over these).
namespace clawdesk::anthropic {

/// Validates a /v1/messages body. `requireMaxTokens` is false for /v1/messages/count_tokens.
std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error,
                                           bool requireMaxTokens = true);
QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target);

QJsonObject responseToJson(const ChatResponse &response);
std::optional<ChatResponse> responseFromJson(const QJsonObject &body, ApiError *error);

QJsonObject blockToJson(const ContentBlock &block, bool forUpstream);
QString stopReasonToString(StopReason reason);
StopReason stopReasonFromString(const QString &reason);
QJsonObject usageToJson(const Usage &usage);
Usage usageFromJson(const QJsonObject &usage, const Usage &base = {});

QJsonObject errorToJson(const ApiError &error);
ApiError errorFromBody(int httpStatus, const QByteArray &body);

std::unique_ptr<StreamEncoder> createStreamEncoder();
std::unique_ptr<StreamDecoder> createStreamDecoder();

} // namespace clawdesk::anthropic
