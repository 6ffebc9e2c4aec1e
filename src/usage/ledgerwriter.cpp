#include "ledgerwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace clawdesk {

namespace {
constexpr int BatchDelayMs = 200;
constexpr int BatchLimit = 512;
} // namespace

bool ensureUsageSchema(const QString &connectionName, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName));
    const char *const statements[] = {
        "PRAGMA journal_mode=WAL",
        "CREATE TABLE IF NOT EXISTS requests ("
        " id INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, client_api TEXT, requested_model TEXT,"
        " served_model TEXT, provider TEXT, status INTEGER, streamed INTEGER, attempts TEXT,"
        " input_tokens INTEGER, output_tokens INTEGER, cache_read_tokens INTEGER, cache_write_tokens INTEGER,"
        " cost_usd REAL, latency_ms INTEGER, first_token_ms INTEGER, error TEXT)",
        "CREATE INDEX IF NOT EXISTS requests_time ON requests(time_ms)",
    };
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

LedgerWriter::LedgerWriter(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("clawdesk-ledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(BatchDelayMs);
    connect(m_batchTimer, &QTimer::timeout, this, &LedgerWriter::writePending);
}

LedgerWriter::~LedgerWriter()
{
    writePending();
    if (m_open) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool LedgerWriter::open()
{
    if (m_open)
        return true;
    makePrivate();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    QString error;
    if (!db.open() || !ensureUsageSchema(m_connection, &error)) {
        emit writeFailed(QStringLiteral("usage database %1: %2")
                             .arg(m_path, error.isEmpty() ? db.lastError().text() : error));
        return false;
    }
    m_open = true;
    return true;
}

void LedgerWriter::makePrivate() const
{
    // The ledger tells what the user asked which model and what it cost: owner-only, like the
    // credentials. SQLite gives its -wal and -shm files the database file's mode.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir) && QDir().mkpath(dir))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void LedgerWriter::enqueue(const RequestRecord &record)
{
    m_pending.append(record);
    if (m_pending.size() >= BatchLimit)
        writePending();
    else if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void LedgerWriter::writePending()
{
    m_batchTimer->stop();
    if (m_pending.isEmpty() || !open())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO requests (time_ms, client_api, requested_model, served_model, "
                                  "provider, status, streamed, attempts,"
                                  " input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, "
                                  "cost_usd, latency_ms, first_token_ms, error)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RequestRecord &r : std::as_const(m_pending)) {
        const QVariantList values{
            r.time.toMSecsSinceEpoch(),
            r.clientApi,
            r.requestedModel,
            r.servedModel,
            r.provider,
            r.status,
            r.streamed ? 1 : 0,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.attempts)).toJson(QJsonDocument::Compact)),
            r.inputTokens,
            r.outputTokens,
            r.cacheReadTokens,
            r.cacheWriteTokens,
            r.costUsd,
            r.latencyMs,
            r.firstTokenMs,
            r.error};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            emit writeFailed(insert.lastError().text());
            break;
        }
    }
    db.commit();
    m_pending.clear();
}

} // namespace clawdesk
