#pragma once

#include "clock.h"
#include "codingplanusage.h"
#include "minimaxendpoints.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace clawdesk {

/**
 * @brief Fetches the MiniMax plan quota ("remains") for a key or OAuth access token.
 *
 * `GET {api host}/v1/token_plan/remains` (Token Plan, as OpenClaw 2026.9 asks) with
 * `Authorization: Bearer <key>`, 5 s timeout; when that endpoint does not answer with a quota (404,
 * an API error, an unknown shape), `GET {api host}/v1/api/openplatform/coding_plan/remains`.
 * A 401/403 answer is reported as CodingPlanUsage::Error::Unauthorized so the caller can ask the
 * TokenRefresher for a new token and fetch again.
 */
class CodingPlanQuota : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 5000;

    explicit CodingPlanQuota(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setRegion(MiniMaxRegion region) { m_endpoints = MiniMaxEndpoints::forRegion(region); }
    void setEndpoints(const MiniMaxEndpoints &endpoints) { m_endpoints = endpoints; }
    void setClock(const Clock *clock) { m_clock = clock; }

    /// Starts a fetch (a running one is aborted); finished() reports it.
    void fetch(const QString &bearer);
    bool isRunning() const { return m_reply; }

Q_SIGNALS:
    void finished(const clawdesk::CodingPlanUsage &usage);

private:
    void request(const QUrl &url, const QString &bearer, bool tokenPlan);
    static bool worthFallingBack(const CodingPlanUsage &usage);

    QNetworkAccessManager *m_nam;
    MiniMaxEndpoints m_endpoints;
    const Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::CodingPlanUsage)
