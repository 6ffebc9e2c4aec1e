#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace clawdesk {

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    QString user = key;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", QDir::homePath());
    // Hash so the name is a valid socket name whatever the user name holds.
    m_name = QStringLiteral("clawdesk-") +
             QString::fromLatin1(
                 QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith("raise"))
                    emit activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.write("raise\n");
        probe.waitForBytesWritten(500);
        probe.disconnectFromServer();
        return false;
    }
    // A crashed instance may leave a stale socket file behind.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    return m_server.listen(m_name);
}

} // namespace clawdesk
