#include "codingplanquota.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace clawdesk {

CodingPlanQuota::CodingPlanQuota(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoints(MiniMaxEndpoints::forRegion(MiniMaxRegion::Global))
    , m_clock(Clock::system())
{
    qRegisterMetaType<clawdesk::CodingPlanUsage>();
}

void CodingPlanQuota::fetch(const QString &bearer)
{
    if (QNetworkReply *old = m_reply) {
        m_reply = nullptr;
        old->abort();
    }
    request(m_endpoints.tokenPlanRemainsUrl(), bearer, true);
}

bool CodingPlanQuota::worthFallingBack(const CodingPlanUsage &usage)
{
    switch (usage.error) {
    case CodingPlanUsage::Error::None:
    case CodingPlanUsage::Error::Unauthorized: // the caller refreshes the token and asks again
        return false;
    case CodingPlanUsage::Error::Http:
        return usage.httpStatus != 0; // no answer at all: the other path of the same host fails too
    case CodingPlanUsage::Error::InvalidJson:
    case CodingPlanUsage::Error::NoCodingPlan:
    case CodingPlanUsage::Error::Api:
    case CodingPlanUsage::Error::UnsupportedShape:
        return true;
    }
    return true;
}

void CodingPlanQuota::request(const QUrl &url, const QString &bearer, bool tokenPlan)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("MM-API-Source", "ClawDesk");
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, bearer, tokenPlan] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        CodingPlanUsage usage;
        if (status == 0) {
            usage.error = CodingPlanUsage::Error::Http;
            usage.errorText = reply->error() == QNetworkReply::OperationCanceledError
                                  ? QStringLiteral("Timed out")
                                  : reply->errorString();
        } else {
            usage = CodingPlanUsage::parse(status, reply->readAll(), m_clock->now());
        }
        if (tokenPlan && worthFallingBack(usage))
            return this->request(m_endpoints.codingPlanRemainsUrl(), bearer, false);
        emit finished(usage);
    });
}

} // namespace clawdesk
