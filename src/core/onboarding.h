#pragma once

#include "json5document.h"
#include "openclawrelease.h"

#include <QList>

#include <optional>

namespace clawdesk {

/// @brief OpenClaw's Model/auth onboarding choices in one table, and the config each writes, for the
/// CLI (`onboard --auth-choice …`) and the desktop wizard alike. The edits are format-preserving and
/// follow the user's OpenClaw release: 2026.1.30 writes MiniMax M2.1 and enables the
/// `minimax-portal-auth` plugin, 2026.9.6 writes MiniMax M3 and has the plugin built in. Secrets never
/// go into openclaw.json: the caller stores them.
namespace Onboarding {

enum class Region { Global, China };
enum class Method { ApiKey, OAuth, Local };

struct Choice
{
    QString id;        ///< OpenClaw 2026.9.6's id where it has one ("minimax-global-api")
    const char *label; ///< English; translate in the "Onboarding" context
    const char *hint;  ///< English; may be empty
    QString group;     ///< "minimax", "anthropic", "lmstudio"
    Method method;
    QString provider; ///< whose credential it needs / which provider block it writes
    Region region;
    bool lightning;      ///< 2026.1.30's MiniMax M2.1 Lightning
    bool offeredLegacy;  ///< listed for OpenClaw 2026.1.30
    bool offeredCurrent; ///< listed for OpenClaw 2026.9.6 and later
};

/// Every choice, in the order the wizard lists them.
const QList<Choice> &choices();
/// The choices a release offers, in wizard order.
QList<Choice> offered(const OpenClawRelease &release);
/// A choice by its id or an older id that release still accepts (`minimax-api`, `minimax-cloud`,
/// `minimax-portal`, `minimax-api-key-cn`, the wizard's former `minimax-portal-global|cn`; `minimax`
/// is the LM Studio preset in 2026.1.30 and the Global API key in 2026.9.6). `region` picks the CN
/// variant of a region-less old id. Null when unknown.
const Choice *find(const QString &id, const OpenClawRelease &release, Region region = Region::Global);
/// Every id `find` accepts for a release, for help and error texts.
QStringList acceptedIds(const OpenClawRelease &release);

/// The default model the choice sets ("minimax/MiniMax-M3").
QString defaultModel(const Choice &choice, const OpenClawRelease &release);
/// The models the choice offers, its default first.
QStringList models(const Choice &choice, const OpenClawRelease &release);
/// The auth profile the credential is stored under (empty for LM Studio).
QString profileId(const Choice &choice, const OpenClawRelease &release);
/// `https://api.minimax.io/anthropic` or `https://api.minimaxi.com/anthropic`.
QString miniMaxAnthropicBaseUrl(Region region);

struct Options
{
    QString resourceUrl;          ///< the OAuth server's resource_url, when it sent one
    bool setDefault = true;       ///< make the choice's default model the primary
    std::optional<Region> region; ///< the endpoint asked for, where the choice itself has none (Lightning)
};
/// Writes the choice into the document.
bool apply(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
           const Options &options, QString *error);

/// The wizard's last steps: `primary` becomes the default model; the picked models join the
/// allowlist (never modelPolicy in a 2026.1.30 file) and, besides the primary, become the fallbacks
/// in order.
bool applyModelPicker(Json5Document &document, const QString &primary, const QStringList &picked,
                      const OpenClawRelease &release, QString *error);

} // namespace Onboarding

} // namespace clawdesk
