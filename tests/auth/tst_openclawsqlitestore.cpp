// OpenClaw 2026.9's SQLite credential store, written and read by ClawDesk: the rows, JSON and column
// types OpenClaw itself writes, other profiles and fields kept, the store OpenClaw reads chosen.
#include "authprofiles.h"
#include "openclawauthdb.h"
#include "openclawcredentials.h"
#include "openclawsqlitestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

namespace {

/// Runs @p sql against @p path and returns the rows, each column as "value:type".
QStringList rows(const QString &path, const QString &sql)
{
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open: ") + db.lastError().text()};
        QSqlQuery query(db);
        if (!query.exec(sql))
            return {QStringLiteral("cannot query: ") + query.lastError().text()};
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return result;
}

void execute(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestOpenClawSqliteStore : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreHasOpenClawsShape();
    void writeKeepsOtherProfilesAndFields();
    void mainAgentDatabaseStaysTheStoreUntilRelocated();
    void agentStoreOverlaysShared();
    void unreadableDocumentIsNeverReplaced();
    void removeDropsOnlyThatProfile();
    void snapshotReadsSqliteAndLeftoverFile();
    void credentialsFollowTheEra();
};

void TestOpenClawSqliteStore::freshStoreHasOpenClawsShape()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    OpenClawSqliteStore store(state, state + QStringLiteral("/agents/main/agent"));
    QString error;
    QVERIFY2(store.setProfile(
                 QStringLiteral("minimax:default"),
                 Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-one-12345678")), &error),
             qPrintable(error));
    const QString db = state + QStringLiteral("/state/openclaw.sqlite");
    QCOMPARE(store.path(), db);
    QCOMPARE(
        rows(db, QStringLiteral("SELECT state_key, value_json, typeof(value_json), typeof(updated_at_ms) "
                                "FROM config_machine_state WHERE state_key = 'auth.sharedStore'")),
        QStringList{QStringLiteral("auth.sharedStore|{\"location\":\"state-db\"}|text|integer")});
    const QStringList store_ =
        rows(db, QStringLiteral("SELECT value_json, typeof(updated_at_ms) FROM "
                                "config_machine_state WHERE state_key = 'authProfiles.store'"));
    QCOMPARE(store_.size(), 1);
    const QJsonObject document = json(store_.first().section(QLatin1Char('|'), 0, 0));
    QCOMPARE(document.value(u"version").toInt(), 1);
    QCOMPARE(document.value(u"profiles").toObject().value(u"minimax:default").toObject(),
             json(QStringLiteral(R"({"type":"api_key","provider":"minimax","key":"sk-one-12345678"})")));
    QCOMPARE(store_.first().section(QLatin1Char('|'), 1), QStringLiteral("integer"));
    // The table is OpenClaw's own (STRICT), so OpenClaw adopts it as is.
    QVERIFY(rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'config_machine_state'"))
                .first()
                .contains(QStringLiteral("STRICT")));
    QCOMPARE(QFile::permissions(db) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(state + QStringLiteral("/state")) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QVERIFY(!QFile::exists(state + QStringLiteral("/agents/main/agent/auth-profiles.json")));

    const auto back = store.profile(QStringLiteral("minimax:default"));
    QVERIFY(back);
    QCOMPARE(back->secret, QStringLiteral("sk-one-12345678"));
}

void TestOpenClawSqliteStore::writeKeepsOtherProfilesAndFields()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    const QString db = state + QStringLiteral("/state/openclaw.sqlite");
    QDir().mkpath(state + QStringLiteral("/state"));
    execute(
        db,
        {QStringLiteral("CREATE TABLE config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, "
                        "value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL) STRICT"),
         QStringLiteral("CREATE TABLE unrelated (x INTEGER)"),
         QStringLiteral(
             R"(INSERT INTO config_machine_state VALUES ('auth.sharedStore', '{"location":"state-db"}', 1))"),
         QStringLiteral(
             R"(INSERT INTO config_machine_state VALUES ('authProfiles.store', '{"version":1,"profiles":{"anthropic:work":{"type":"token","provider":"anthropic","token":"tok-1"},"minimax-portal:default":{"type":"oauth","provider":"minimax-portal","access":"old","refresh":"r-old","expires":5,"email":"me@example.com"}},"future":{"kept":true}}', 2))"),
         QStringLiteral(
             R"(INSERT INTO config_machine_state VALUES ('config.lastTouchedAt', '"2026-12-04T17:28:46.491Z"', 3))")});
    OpenClawSqliteStore store(state, state + QStringLiteral("/agents/main/agent"));
    const QDateTime expires = QDateTime::fromMSecsSinceEpoch(1900000000000LL, Qt::UTC);
    QString error;
    QVERIFY2(
        store.setProfile(QStringLiteral("minimax-portal:default"),
                         Credential::oauth(QStringLiteral("minimax-portal"), QStringLiteral("new-access"),
                                           QStringLiteral("new-refresh"), expires),
                         &error),
        qPrintable(error));
    const QJsonObject document = json(
        rows(db, QStringLiteral(
                     "SELECT value_json FROM config_machine_state WHERE state_key = 'authProfiles.store'"))
            .first());
    QCOMPARE(document.value(u"future").toObject().value(u"kept").toBool(), true);
    const QJsonObject profiles = document.value(u"profiles").toObject();
    QCOMPARE(profiles.value(u"anthropic:work").toObject().value(u"token").toString(),
             QStringLiteral("tok-1"));
    const QJsonObject oauth = profiles.value(u"minimax-portal:default").toObject();
    QCOMPARE(oauth.value(u"access").toString(), QStringLiteral("new-access"));
    QCOMPARE(oauth.value(u"refresh").toString(), QStringLiteral("new-refresh"));
    QCOMPARE(static_cast<qint64>(oauth.value(u"expires").toDouble()), 1900000000000LL);
    QCOMPARE(oauth.value(u"email").toString(), QStringLiteral("me@example.com"));
    QCOMPARE(
        rows(db, QStringLiteral(
                     "SELECT value_json FROM config_machine_state WHERE state_key = 'config.lastTouchedAt'")),
        QStringList{QStringLiteral("\"2026-12-04T17:28:46.491Z\"")});
    QCOMPARE(rows(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'unrelated'")),
             QStringList{QStringLiteral("1")});
}

void TestOpenClawSqliteStore::mainAgentDatabaseStaysTheStoreUntilRelocated()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    const QString agentDir = state + QStringLiteral("/agents/main/agent");
    QDir().mkpath(agentDir);
    const QString agentDb = agentDir + QStringLiteral("/openclaw-agent.sqlite");
    execute(
        agentDb,
        {QStringLiteral(
             "CREATE TABLE auth_profile_store (store_key TEXT NOT NULL PRIMARY KEY, store_json TEXT "
             "NOT NULL, updated_at INTEGER NOT NULL) STRICT"),
         QStringLiteral(
             R"(INSERT INTO auth_profile_store VALUES ('primary', '{"version":1,"profiles":{"minimax:manual":{"type":"api_key","provider":"minimax","key":"sk-agent"}}}', 1))")});
    OpenClawSqliteStore store(state, agentDir);
    QCOMPARE(store.path(), agentDb);
    QCOMPARE(store.profile(QStringLiteral("minimax:manual"))->secret, QStringLiteral("sk-agent"));
    QString error;
    QVERIFY2(store.setProfile(QStringLiteral("minimax:default"),
                              Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-two")),
                              &error),
             qPrintable(error));
    QVERIFY(!QFile::exists(state + QStringLiteral("/state/openclaw.sqlite")));
    const QStringList stored = rows(
        agentDb,
        QStringLiteral("SELECT store_key, typeof(store_json), typeof(updated_at) FROM auth_profile_store"));
    QCOMPARE(stored, QStringList{QStringLiteral("primary|text|integer")});
    const QJsonObject profiles =
        json(rows(agentDb, QStringLiteral("SELECT store_json FROM auth_profile_store")).first())
            .value(u"profiles")
            .toObject();
    QCOMPARE(profiles.keys(),
             (QStringList{QStringLiteral("minimax:default"), QStringLiteral("minimax:manual")}));
}

void TestOpenClawSqliteStore::agentStoreOverlaysShared()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    OpenClawSqliteStore shared(state, state + QStringLiteral("/agents/main/agent"));
    QVERIFY(shared.setProfile(QStringLiteral("minimax:default"),
                              Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-shared"))));
    const QString workDir = state + QStringLiteral("/agents/work/agent");
    QDir().mkpath(workDir);
    execute(
        workDir + QStringLiteral("/openclaw-agent.sqlite"),
        {QStringLiteral(
             "CREATE TABLE auth_profile_store (store_key TEXT NOT NULL PRIMARY KEY, store_json TEXT "
             "NOT NULL, updated_at INTEGER NOT NULL) STRICT"),
         QStringLiteral(
             R"(INSERT INTO auth_profile_store VALUES ('primary', '{"version":1,"profiles":{"minimax:default":{"type":"api_key","provider":"minimax","key":"sk-work"}}}', 1))")});
    OpenClawSqliteStore work(state, workDir);
    QCOMPARE(work.profile(QStringLiteral("minimax:default"))->secret, QStringLiteral("sk-work"));
    QCOMPARE(shared.profile(QStringLiteral("minimax:default"))->secret, QStringLiteral("sk-shared"));
    // The snapshot's view of the work agent: its own profile from its own file, the rest from the shared one.
    QVERIFY(shared.setProfile(QStringLiteral("anthropic:default"),
                              Credential::apiKey(QStringLiteral("anthropic"), QStringLiteral("sk-ant"))));
    ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    paths.agentDir = workDir;
    const AuthProfiles profiles = AuthProfiles::loadFor(paths);
    QCOMPARE(profiles.find(QStringLiteral("minimax:default"))->store,
             workDir + QStringLiteral("/openclaw-agent.sqlite"));
    QCOMPARE(profiles.find(QStringLiteral("anthropic:default"))->store, OpenClawAuthDb::stateDbPath(state));
}

void TestOpenClawSqliteStore::unreadableDocumentIsNeverReplaced()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    const QString db = state + QStringLiteral("/state/openclaw.sqlite");
    QDir().mkpath(state + QStringLiteral("/state"));
    execute(
        db,
        {QStringLiteral("CREATE TABLE config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, "
                        "value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL) STRICT"),
         QStringLiteral(
             R"(INSERT INTO config_machine_state VALUES ('auth.sharedStore', '{"location":"state-db"}', 1))"),
         QStringLiteral(
             "INSERT INTO config_machine_state VALUES ('authProfiles.store', '{\"version\":1,', 2)")});
    OpenClawSqliteStore store(state, state + QStringLiteral("/agents/main/agent"));
    QString error;
    QVERIFY(!store.setProfile(
        QStringLiteral("minimax:default"),
        Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-secret-value")), &error));
    QVERIFY(error.contains(QStringLiteral("doctor --fix")));
    QVERIFY(!error.contains(QStringLiteral("sk-secret-value")));
    QCOMPARE(
        rows(db, QStringLiteral(
                     "SELECT value_json FROM config_machine_state WHERE state_key = 'authProfiles.store'")),
        QStringList{QStringLiteral("{\"version\":1,")});
}

void TestOpenClawSqliteStore::removeDropsOnlyThatProfile()
{
    QTemporaryDir home;
    const QString state = home.filePath(QStringLiteral(".openclaw"));
    OpenClawSqliteStore store(state, state + QStringLiteral("/agents/main/agent"));
    QVERIFY(store.setProfile(QStringLiteral("a:one"),
                             Credential::apiKey(QStringLiteral("a"), QStringLiteral("k1"))));
    QVERIFY(store.setProfile(QStringLiteral("b:two"),
                             Credential::apiKey(QStringLiteral("b"), QStringLiteral("k2"))));
    QVERIFY(store.removeProfile(QStringLiteral("a:one")));
    QVERIFY(store.removeProfile(QStringLiteral("never:there")));
    QCOMPARE(store.profileIds(), QStringList{QStringLiteral("b:two")});
}

void TestOpenClawSqliteStore::snapshotReadsSqliteAndLeftoverFile()
{
    QTemporaryDir home;
    const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    QDir().mkpath(paths.agentDir);
    QFile file(paths.authProfilesPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"version":1,"profiles":{"anthropic:default":{"type":"api_key","provider":"anthropic","key":"sk-file"},)"
        R"("minimax:default":{"type":"api_key","provider":"minimax","key":"sk-stale"}}})");
    file.close();
    OpenClawSqliteStore store(paths.stateDir, paths.agentDir);
    QVERIFY(store.setProfile(QStringLiteral("minimax:default"),
                             Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-sqlite"))));
    QString error;
    const AuthProfiles profiles = AuthProfiles::loadFor(paths, &error);
    QCOMPARE(error, QString());
    QCOMPARE(profiles.storePath(), OpenClawAuthDb::stateDbPath(paths.stateDir));
    QCOMPARE(profiles.find(QStringLiteral("minimax:default"))->secret, QStringLiteral("sk-sqlite"));
    QCOMPARE(profiles.find(QStringLiteral("anthropic:default"))->secret, QStringLiteral("sk-file"));
    // Each profile names the file it was read from, whatever holds the others.
    QCOMPARE(profiles.find(QStringLiteral("minimax:default"))->store,
             OpenClawAuthDb::stateDbPath(paths.stateDir));
    QCOMPARE(profiles.find(QStringLiteral("anthropic:default"))->store, paths.authProfilesPath());
    // Without any SQLite store, the file is the store.
    QTemporaryDir legacyHome;
    const ConfigPaths legacy = ConfigPaths::resolve({}, legacyHome.path());
    QCOMPARE(AuthProfiles::loadFor(legacy).storePath(), legacy.authProfilesPath());
}

void TestOpenClawSqliteStore::credentialsFollowTheEra()
{
    QTemporaryDir home;
    const ConfigPaths paths = ConfigPaths::resolve({}, home.path());
    const Credential key = Credential::apiKey(QStringLiteral("minimax"), QStringLiteral("sk-era"));

    OpenClawCredentials legacy(paths, OpenClawRelease::Era::Legacy);
    QVERIFY(legacy.setProfile(QStringLiteral("minimax:default"), key));
    QVERIFY(QFile::exists(paths.authProfilesPath()));
    QVERIFY(!OpenClawAuthDb::exists(paths.stateDir, paths.agentDir));
    QVERIFY(legacy.location().endsWith(QStringLiteral("auth-profiles.json")));

    QVERIFY(QFile::remove(paths.authProfilesPath()));
    OpenClawCredentials current(paths, OpenClawRelease::Era::Current);
    QVERIFY(current.setProfile(QStringLiteral("minimax:default"), key));
    QVERIFY(!QFile::exists(paths.authProfilesPath()));
    QVERIFY(current.location().endsWith(QStringLiteral("state/openclaw.sqlite")));
    QCOMPARE(current.profile(QStringLiteral("minimax:default"))->secret, QStringLiteral("sk-era"));
}

QTEST_GUILESS_MAIN(TestOpenClawSqliteStore)
#include "tst_openclawsqlitestore.moc"
