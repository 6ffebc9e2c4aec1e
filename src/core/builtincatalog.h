#pragma once

#include "modelinfo.h"
#include "openclawrelease.h"

namespace clawdesk {

/// The models ClawDesk knows without any configuration, by provider id: a subset of OpenClaw's
/// catalog plus Claude Opus 4.6. OpenClaw 2026.9.6 adds MiniMax M3, M2.7 and M2.7 Highspeed beside
/// M2/M2.1.
const QList<ProviderInfo> &builtInProviders(const OpenClawRelease &release);

/// OpenClaw 2026.1.30's MiniMax constants: it writes 15/60/2/10 per million for every MiniMax model
/// ("MiniMax doesn't publish public rates"), 200000 context, 8192 output tokens.
ModelCost miniMaxLegacyCost();
/// A MiniMax M2.1 (or -lightning) definition as 2026.1.30's onboarding writes it.
ModelInfo miniMaxLegacyModel(const QString &id);

/// MiniMax's models in OpenClaw 2026.9.6's own catalog, its default first: M3, M2.7, M2.7-highspeed.
QStringList miniMaxCurrentModelIds();
/// A MiniMax definition as 2026.9.6 writes it (context, input, cost of its catalog; 131072 output
/// tokens). Ids outside its catalog (M2.1, M2.1-lightning) get its generic API cost.
ModelInfo miniMaxCurrentModel(const QString &id);
/// `compat.codeMode` 2026.9.6 writes for a MiniMax model ("preferred" for M3), else empty.
QString miniMaxCodeMode(const QString &id);

/// The implicit `minimax` provider, injected when MINIMAX_API_KEY or a `minimax` profile exists.
ProviderInfo implicitMiniMaxProvider(const OpenClawRelease &release);
/// The implicit `minimax-portal` provider, injected when a `minimax-portal` profile exists (and, for
/// 2026.9.6, when MINIMAX_API_KEY does).
ProviderInfo implicitMiniMaxPortalProvider(const OpenClawRelease &release);

} // namespace clawdesk
