#include "openclawauthdb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace clawdesk {

namespace {

const QString kStoreRow = QStringLiteral("authProfiles.store");
const QString kLocationRow = QStringLiteral("auth.sharedStore");
const QString kPrimaryKey = QStringLiteral("primary");
// OpenClaw holds its write transactions briefly; a generous wait beats a spurious "database is locked".
const QString kOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000");

// OpenClaw's own definition, so a store ClawDesk creates is the one OpenClaw would have created.
const char *const kCreateMachineState = R"(CREATE TABLE IF NOT EXISTS config_machine_state (
      state_key TEXT NOT NULL PRIMARY KEY,
      value_json TEXT NOT NULL,
      updated_at_ms INTEGER NOT NULL
    ) STRICT)";

/// One QtSql connection for the duration of one operation (QtSql connections belong to a thread;
/// a fresh, uniquely named one per operation keeps this safe from the gateway's thread too).
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("clawdesk-openclaw-auth-%1").arg(s_counter.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(kOptions);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    }
    bool hasTable(const QString &table) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        return query.exec() && query.next();
    }
    /// The single text cell of @p sql bound to @p key; null when there is no such row.
    QString cell(const QString &sql, const QString &key, bool *ok) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        query.addBindValue(key);
        *ok = query.exec();
        if (!*ok || !query.next())
            return {};
        return query.value(0).toString();
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    QString m_error;
};

const QString kSelectMachineState =
    QStringLiteral("SELECT value_json FROM config_machine_state WHERE state_key = ?");
const QString kSelectAgentStore =
    QStringLiteral("SELECT store_json FROM auth_profile_store WHERE store_key = ?");

bool sharedStoreRelocated(const Connection &connection)
{
    if (!connection.hasTable(QStringLiteral("config_machine_state")))
        return false;
    bool ok = false;
    const QString location = connection.cell(kSelectMachineState, kLocationRow, &ok);
    return QJsonDocument::fromJson(location.toUtf8()).object().value(u"location").toString() == u"state-db";
}

bool agentStoreHasRow(const QString &agentDb)
{
    if (!QFileInfo::exists(agentDb))
        return false;
    Connection connection(agentDb);
    if (!connection.isOpen() || !connection.hasTable(QStringLiteral("auth_profile_store")))
        return false;
    bool ok = false;
    return !connection.cell(kSelectAgentStore, kPrimaryKey, &ok).isNull() && ok;
}

QString dbError(const QString &path, const QString &detail)
{
    return QStringLiteral("Cannot use OpenClaw's credential store %1: %2").arg(path, detail);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void restrictToOwner(const QString &path, bool directory)
{
    QFile::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (directory)
        owner |= QFileDevice::ExeOwner;
    QFile::setPermissions(path, owner);
}

bool updateAt(const OpenClawAuthDb::Location &location, const OpenClawAuthDb::Change &change,
              bool markRelocation, QString *error)
{
    const bool shared = location.kind == OpenClawAuthDb::Location::Kind::SharedState;
    const bool fresh = !QFileInfo::exists(location.path);
    if (fresh) {
        const QString dir = QFileInfo(location.path).absolutePath();
        const bool dirExisted = QFileInfo(dir).isDir();
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = dbError(location.path, QStringLiteral("cannot create its folder"));
            return false;
        }
        if (!dirExisted)
            restrictToOwner(dir, true);
    }
    Connection connection(location.path);
    if (!connection.isOpen()) {
        if (error)
            *error = dbError(location.path, connection.error());
        return false;
    }
    if (fresh)
        restrictToOwner(location.path, false);
    QString failure;
    // IMMEDIATE takes the write lock before reading, so nobody can write between our read and write.
    if (!connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &failure)) {
        if (error)
            *error = dbError(location.path, failure);
        return false;
    }
    auto rollback = [&](const QString &why) {
        connection.exec(QStringLiteral("ROLLBACK"), nullptr);
        if (error)
            *error = dbError(location.path, why);
        return false;
    };
    if (shared && !connection.exec(QString::fromLatin1(kCreateMachineState), &failure))
        return rollback(failure);

    bool ok = false;
    const QString raw = shared ? connection.cell(kSelectMachineState, kStoreRow, &ok)
                               : connection.cell(kSelectAgentStore, kPrimaryKey, &ok);
    if (!ok)
        return rollback(connection.db().lastError().text());
    QJsonObject store;
    if (!raw.isNull()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &parseError);
        // Never replace a document we cannot read: it may hold credentials we would lose.
        if (!doc.isObject())
            return rollback(QStringLiteral("the stored credentials are not valid JSON (%1); run `openclaw "
                                           "doctor --fix`, then try again")
                                .arg(parseError.errorString()));
        store = doc.object();
    }
    if (!store.value(u"version").isDouble())
        store.insert(QStringLiteral("version"), 1);
    if (!store.value(u"profiles").isObject())
        store.insert(QStringLiteral("profiles"), QJsonObject());
    change(store);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery write(connection.db());
    if (shared) {
        write.prepare(QStringLiteral(
            "INSERT INTO config_machine_state (state_key, value_json, updated_at_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (state_key) DO UPDATE SET value_json = excluded.value_json, "
            "updated_at_ms = excluded.updated_at_ms"));
        if (markRelocation) {
            QSqlQuery mark(connection.db());
            mark.prepare(write.lastQuery());
            mark.addBindValue(kLocationRow);
            mark.addBindValue(
                QString::fromUtf8(compact({{QStringLiteral("location"), QStringLiteral("state-db")}})));
            mark.addBindValue(now);
            if (!mark.exec())
                return rollback(mark.lastError().text());
        }
        write.addBindValue(kStoreRow);
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO auth_profile_store (store_key, store_json, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (store_key) DO UPDATE SET store_json = excluded.store_json, "
            "updated_at = excluded.updated_at"));
        write.addBindValue(kPrimaryKey);
    }
    write.addBindValue(QString::fromUtf8(compact(store)));
    write.addBindValue(now);
    if (!write.exec())
        return rollback(write.lastError().text());
    if (!connection.exec(QStringLiteral("COMMIT"), &failure))
        return rollback(failure);
    return true;
}

} // namespace

QString OpenClawAuthDb::stateDbPath(const QString &stateDir)
{
    return stateDir + QStringLiteral("/state/openclaw.sqlite");
}

QString OpenClawAuthDb::agentDbPath(const QString &agentDir)
{
    return agentDir + QStringLiteral("/openclaw-agent.sqlite");
}

QString OpenClawAuthDb::mainAgentDir(const QString &stateDir)
{
    return stateDir + QStringLiteral("/agents/main/agent");
}

std::optional<OpenClawAuthDb::Location> OpenClawAuthDb::sharedStore(const QString &stateDir)
{
    const QString stateDb = stateDbPath(stateDir);
    const QString agentDb = agentDbPath(mainAgentDir(stateDir));
    const bool haveState = QFileInfo::exists(stateDb);
    if (haveState) {
        Connection connection(stateDb);
        if (connection.isOpen() && sharedStoreRelocated(connection))
            return Location{Location::Kind::SharedState, stateDb};
    }
    if (QFileInfo::exists(agentDb))
        return Location{Location::Kind::Agent, agentDb};
    if (haveState)
        return Location{Location::Kind::SharedState, stateDb};
    return std::nullopt;
}

bool OpenClawAuthDb::exists(const QString &stateDir, const QString &agentDir)
{
    return QFileInfo::exists(stateDbPath(stateDir)) || QFileInfo::exists(agentDbPath(agentDir)) ||
           QFileInfo::exists(agentDbPath(mainAgentDir(stateDir)));
}

std::optional<QJsonObject> OpenClawAuthDb::read(const Location &location, QString *error)
{
    if (!QFileInfo::exists(location.path))
        return std::nullopt;
    Connection connection(location.path);
    if (!connection.isOpen()) {
        if (error)
            *error = dbError(location.path, connection.error());
        return std::nullopt;
    }
    const bool shared = location.kind == Location::Kind::SharedState;
    if (!connection.hasTable(shared ? QStringLiteral("config_machine_state")
                                    : QStringLiteral("auth_profile_store")))
        return std::nullopt;
    bool ok = false;
    const QString raw = shared ? connection.cell(kSelectMachineState, kStoreRow, &ok)
                               : connection.cell(kSelectAgentStore, kPrimaryKey, &ok);
    if (!ok) {
        if (error)
            *error = dbError(location.path, connection.db().lastError().text());
        return std::nullopt;
    }
    if (raw.isNull())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8());
    if (!doc.isObject()) {
        if (error)
            *error = dbError(location.path, QStringLiteral("the stored credentials are not valid JSON"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject OpenClawAuthDb::readProfiles(const QString &stateDir, const QString &agentDir, QString *storePath,
                                         QString *error, QHash<QString, QString> *profileStores)
{
    QJsonObject profiles;
    if (const std::optional<Location> shared = sharedStore(stateDir)) {
        if (const std::optional<QJsonObject> store = read(*shared, error)) {
            profiles = store->value(u"profiles").toObject();
            if (storePath)
                *storePath = shared->path;
            if (profileStores) {
                for (auto it = profiles.begin(); it != profiles.end(); ++it)
                    profileStores->insert(it.key(), shared->path);
            }
        }
    }
    const QString ownDb = agentDbPath(agentDir);
    if (QDir::cleanPath(agentDir) != QDir::cleanPath(mainAgentDir(stateDir))) {
        if (const std::optional<QJsonObject> own = read({Location::Kind::Agent, ownDb}, error)) {
            const QJsonObject agentProfiles = own->value(u"profiles").toObject();
            for (auto it = agentProfiles.begin(); it != agentProfiles.end(); ++it) {
                profiles.insert(it.key(), it.value());
                if (profileStores)
                    profileStores->insert(it.key(), ownDb);
            }
            if (storePath && !agentProfiles.isEmpty())
                *storePath = ownDb;
        }
    }
    return profiles;
}

bool OpenClawAuthDb::update(const QString &stateDir, const Change &change, QString *writtenTo, QString *error)
{
    const QString stateDb = stateDbPath(stateDir);
    const QString agentDb = agentDbPath(mainAgentDir(stateDir));
    Location target{Location::Kind::SharedState, stateDb};
    bool markRelocation = false;
    bool relocated = false;
    if (QFileInfo::exists(stateDb)) {
        Connection connection(stateDb);
        relocated = connection.isOpen() && sharedStoreRelocated(connection);
    }
    if (!relocated) {
        // Until OpenClaw moves the shared store into the state database, the main agent's own
        // database is the store; with neither holding credentials, start where OpenClaw would.
        if (agentStoreHasRow(agentDb))
            target = {Location::Kind::Agent, agentDb};
        else
            markRelocation = true;
    }
    if (!updateAt(target, change, markRelocation, error))
        return false;
    if (writtenTo)
        *writtenTo = target.path;
    return true;
}

} // namespace clawdesk
