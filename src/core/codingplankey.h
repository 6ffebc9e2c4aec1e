#pragma once

#include "configsnapshot.h"

namespace clawdesk {

/// @brief The key that reads the MiniMax Coding Plan quota: MINIMAX_CODE_PLAN_KEY first, as OpenClaw
/// reads it (a plan may have a key of its own), else the `minimax` provider's key, else the
/// `minimax-portal` OAuth token; and whether it belongs to the CN deployment (api.minimaxi.com).
struct CodingPlanKey
{
    QString bearer; ///< empty: no MiniMax credential, nothing to show
    bool china = false;

    static CodingPlanKey find(const ConfigSnapshot &snapshot);
};

} // namespace clawdesk
