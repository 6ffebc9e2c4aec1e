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
/// The reasoning effort an OpenAI model gets for a request: the client's own effort, else the
/// effort its thinking asked for (a budget, or adaptive thinking's effort; OpenAI has no "max")
/// when the model reasons; empty for none.
QString effortFor(const ChatRequest &request, bool targetReasons);
/// Document block → a file part's data: URL ("data:application/pdf;base64,…"); empty without data.
QString documentDataUrl(const ContentBlock &document);
/// A file part (data: URL or file URL, optional name) → Document block.
ContentBlock documentFromFile(const QString &fileData, const QString &fileUrl, const QString &filename);
/// What an OpenAI model reads for a document it cannot take as a file: its text, or a line naming it.
QString documentAsText(const ContentBlock &document);

} // namespace clawdesk::openai
