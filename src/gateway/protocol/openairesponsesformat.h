#pragma once

#include "codec.h"

#include <QJsonArray>
#include <QJsonObject>

/// OpenAI Responses <-> internal conversions (internal to clawdesk_protocol).
namespace clawdesk::openairesponses {

std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error);
QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target);

/// The full response object (also the payload of response.completed).
QJsonObject responseToJson(const ChatResponse &response);
std::optional<ChatResponse> responseFromJson(const QJsonObject &body, ApiError *error);

QString responseId(const QString &id); ///< "resp_…"
QJsonObject usageToJson(const Usage &usage);
Usage usageFromJson(const QJsonObject &usage);
/// One output item for a block (message items are built by the caller from text blocks).
QJsonObject functionCallItem(const ContentBlock &block, const QString &status);
QJsonObject reasoningItem(const ContentBlock &block, const QString &fallbackId);
QJsonObject outputTextPart(const QString &text);

std::unique_ptr<StreamEncoder> createStreamEncoder();
std::unique_ptr<StreamDecoder> createStreamDecoder();

} // namespace clawdesk::openairesponses
