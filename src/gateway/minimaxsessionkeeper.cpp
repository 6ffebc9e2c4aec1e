#include "minimaxsessionkeeper.h"

#include "authprofilesfile.h"
#include "gatewaylogging.h"
#include "minimaxoauthflow.h"
#include "tokenrefresher.h"

#include <QNetworkAccessManager>

namespace clawdesk {

MiniMaxSessionKeeper::MiniMaxSessionKeeper(QString authProfilesPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(authProfilesPath))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_flow(std::make_unique<MiniMaxOAuthFlow>(m_network.get()))
    , m_refresher(std::make_unique<TokenRefresher>(m_flow.get(), nullptr, QString::fromLatin1(ProfileId)))
{
    connect(m_refresher.get(), &TokenRefresher::refreshed, this, [this] {
        // Persist to OpenClaw's file (other profiles untouched); the config watcher picks it up.
        AuthProfilesFile file(m_path);
        QString error;
        m_access = m_flow->token();
        m_refresh = m_flow->refreshToken();
        if (!file.setProfile(
                QString::fromLatin1(ProfileId),
                Credential::oauth(QStringLiteral("minimax-portal"), m_access, m_refresh, m_flow->expiresAt()),
                &error))
            qCWarning(lcGateway).noquote() << "MiniMax token refreshed but not saved:" << error;
        else
            qCInfo(lcGateway) << "MiniMax OAuth token refreshed";
        m_loginExpired = false;
        emit refreshed();
    });
    connect(m_refresher.get(), &TokenRefresher::loginExpired, this, [this](const QString &message) {
        m_loginExpired = true;
        qCWarning(lcGateway).noquote() << message;
        emit loginExpired(message);
    });
}

MiniMaxSessionKeeper::~MiniMaxSessionKeeper()
{
    m_refresher->stop();
}

void MiniMaxSessionKeeper::setEndpoints(const MiniMaxEndpoints &endpoints)
{
    m_flow->setEndpoints(endpoints);
}

void MiniMaxSessionKeeper::setClock(const Clock *clock)
{
    m_flow->setClock(clock);
    m_refresher->setClock(clock);
}

void MiniMaxSessionKeeper::sync()
{
    const AuthProfilesFile file(m_path);
    const std::optional<Credential> stored = file.profile(QString::fromLatin1(ProfileId));
    if (!stored || stored->type != Credential::Type::OAuth || stored->refresh.isEmpty()) {
        m_refresher->stop();
        m_access.clear();
        m_refresh.clear();
        return;
    }
    if (stored->secret == m_access && stored->refresh == m_refresh)
        return; // our own write, or nothing new
    m_access = stored->secret;
    m_refresh = stored->refresh;
    m_loginExpired = false;
    m_flow->restoreTokens(stored->secret, stored->refresh, stored->expires());
    m_refresher->start();
}

} // namespace clawdesk
