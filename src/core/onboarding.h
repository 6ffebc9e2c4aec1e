#pragma once

#include "json5document.h"

namespace clawdesk {

/// @brief The config changes of OpenClaw's Model/auth onboarding choices (spec §6 "Result applied",
/// §10), as format-preserving edits. Secrets never go into openclaw.json: the caller stores them
/// (auth-profiles.json / keychain).
namespace Onboarding {

enum class Region { Global, China };

/// `https://api.minimax.io/anthropic` or `https://api.minimaxi.com/anthropic`.
QString miniMaxAnthropicBaseUrl(Region region);

/// `minimax-portal` (OAuth, Coding Plan): auth profile metadata, the provider block (region base
/// URL or the server's resource_url, anthropic-messages, MiniMax-M2.1 and -lightning), aliases,
/// the bundled plugin enabled, and the default model when `setDefault`.
bool applyMiniMaxPortal(Json5Document &document, Region region, const QString &resourceUrl, bool setDefault,
                        QString *error);

/// `minimax-api` / `minimax-api-lightning`: auth profile metadata `minimax:default`, the
/// `minimax` provider (keeping an existing apiKey except the placeholder "minimax"), the model,
/// alias "Minimax" and the default model. Existing fallbacks are kept.
bool applyMiniMaxApiKey(Json5Document &document, bool lightning, Region region, QString *error);

/// OpenClaw's LM Studio preset: `lmstudio` provider (only if absent), aliases, default model.
bool applyLmStudio(Json5Document &document, QString *error);

} // namespace Onboarding

} // namespace clawdesk
