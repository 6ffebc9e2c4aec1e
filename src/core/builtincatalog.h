#pragma once

#include "modelinfo.h"

namespace clawdesk {

/// The models ClawDesk knows without any configuration (a subset of OpenClaw's pi-ai catalog,
/// spec §3.4, plus Claude Opus 4.6), by provider id.
const QList<ProviderInfo> &builtInProviders();

/// OpenClaw's MiniMax constants (spec §3.2, §10): "MiniMax doesn't publish public rates".
ModelCost miniMaxApiCost();
/// A MiniMax model as OpenClaw's onboarding and implicit provider define it.
ModelInfo miniMaxModel(const QString &id, const QString &name, const ModelCost &cost,
                       const QStringList &input = {QStringLiteral("text")});

/// The implicit `minimax` provider, injected when MINIMAX_API_KEY or a `minimax` profile exists.
ProviderInfo implicitMiniMaxProvider();
/// The implicit `minimax-portal` provider, injected when a `minimax-portal` OAuth profile exists.
ProviderInfo implicitMiniMaxPortalProvider();

} // namespace clawdesk
