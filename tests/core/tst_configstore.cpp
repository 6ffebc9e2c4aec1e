// Saving openclaw.json: atomic, 0600, .bak rotation, never over a broken or concurrently changed file.
#include "configsnapshot.h"
#include "configstore.h"
#include "configwriter.h"
#include "filelock.h"
#include "modelseditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace clawdesk;

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editKeepsCommentsAndReferences();
    void newFileIsCreatedPrivately();
    void backupsRotateToFive();
    void failedSaveKeepsBackups();
    void lockSerializesThreads();
    void brokenFileIsNeverOverwritten();
    void invalidResultIsNotWritten();
    void concurrentChangeIsReappliedNotLost();
    void writerRefusesChangedFile();

private:
    QByteArray read(const QString &path) const
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }
    void write(const QByteArray &content) const
    {
        QFile file(m_paths.configPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    ConfigStore::EditResult setPrimary(const QString &model) const
    {
        return ConfigStore(m_paths, {})
            .edit([&](Json5Document &doc, const OpenClawConfig &current, QString *error) {
                const auto snapshot = ConfigSnapshot::create(current, m_paths);
                QString key;
                return ModelsEditor(doc, snapshot->selection()).setPrimary(model, &key, error);
            });
    }

    std::unique_ptr<QTemporaryDir> m_home;
    ConfigPaths m_paths;
};

void TestConfigStore::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_paths = ConfigPaths::resolve({}, m_home->path());
}

void TestConfigStore::editKeepsCommentsAndReferences()
{
    QDir().mkpath(m_paths.stateDir);
    const QByteArray before =
        "{\n  // my key lives in the shell\n  env: { MINIMAX_API_KEY: \"sk-x\" },\n"
        "  models: { providers: { minimax: { baseUrl: \"https://api.minimax.io/anthropic\",\n"
        "    apiKey: \"${MINIMAX_API_KEY}\", /* keep */ api: \"anthropic-messages\", models: [] } } },\n"
        "  agents: { defaults: { model: { primary: \"minimax/MiniMax-M2.1\" } } },\n}\n";
    write(before);
    const ConfigStore::EditResult result = setPrimary(QStringLiteral("minimax/MiniMax-M2.1-lightning"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.changed);
    const QByteArray after = read(m_paths.configPath);
    QVERIFY(after.contains("// my key lives in the shell"));
    QVERIFY(after.contains("apiKey: \"${MINIMAX_API_KEY}\", /* keep */"));
    QVERIFY(after.contains("primary: \"minimax/MiniMax-M2.1-lightning\""));
    QVERIFY(after.contains("env: { MINIMAX_API_KEY: \"sk-x\" },")); // the env block is untouched
    QCOMPARE(read(m_paths.configPath + QStringLiteral(".bak")), before);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(m_paths.configPath) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(m_paths.configPath) & QFile::WriteOwner);
}

void TestConfigStore::newFileIsCreatedPrivately()
{
    QVERIFY(!QFile::exists(m_paths.configPath));
    const ConfigStore::EditResult result = setPrimary(QStringLiteral("anthropic/opus-4.5"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const OpenClawConfig config = OpenClawConfig::load(m_paths.configPath, {});
    QVERIFY(config.isValid());
    QCOMPARE(config
                 .resolved()[QStringLiteral("agents")][QStringLiteral("defaults")][QStringLiteral("model")]
                            [QStringLiteral("primary")]
                 .toString(),
             QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(QFile::permissions(m_paths.stateDir) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(QFile::permissions(m_paths.configPath) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestConfigStore::backupsRotateToFive()
{
    QDir().mkpath(m_paths.stateDir);
    write("{}\n");
    for (int i = 0; i < 7; ++i)
        QVERIFY(setPrimary(QStringLiteral("minimax/m%1").arg(i)).ok);
    QVERIFY(read(m_paths.configPath).contains("minimax/m6"));
    QVERIFY(read(m_paths.configPath + QStringLiteral(".bak")).contains("minimax/m5"));
    QVERIFY(read(m_paths.configPath + QStringLiteral(".bak.1")).contains("minimax/m4"));
    QVERIFY(read(m_paths.configPath + QStringLiteral(".bak.4")).contains("minimax/m1"));
    QVERIFY(!QFile::exists(m_paths.configPath + QStringLiteral(".bak.5")));
}

void TestConfigStore::failedSaveKeepsBackups()
{
    QDir().mkpath(m_paths.stateDir);
    write("{}\n");
    for (int i = 0; i < 6; ++i)
        QVERIFY(setPrimary(QStringLiteral("minimax/m%1").arg(i)).ok);
    QByteArrayList before;
    for (int i = 0; i < ConfigWriter::BackupCount; ++i)
        before.append(read(ConfigWriter::backupName(m_paths.configPath, i)));
    QVERIFY(QFile::setPermissions(m_paths.configPath, QFile::ReadOwner));
    for (int i = 0; i < 5; ++i) {
        const ConfigStore::EditResult result = setPrimary(QStringLiteral("minimax/x%1").arg(i));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("read-only")), qPrintable(result.error));
    }
    QVERIFY(read(m_paths.configPath).contains("minimax/m5"));
    for (int i = 0; i < ConfigWriter::BackupCount; ++i)
        QCOMPARE(read(ConfigWriter::backupName(m_paths.configPath, i)), before.at(i));
    const QStringList leftovers =
        QDir(m_paths.stateDir).entryList({QStringLiteral("openclaw.json.tmp-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void TestConfigStore::lockSerializesThreads()
{
    // Two threads of one process: the second waits for the first to release the lock.
    QDir().mkpath(m_paths.stateDir);
    std::atomic<int> inside{0};
    std::atomic<int> overlaps{0};
    const auto worker = [&] {
        for (int i = 0; i < 50; ++i) {
            const FileLock lock(m_paths.configPath);
            QVERIFY(lock.isLocked());
            if (inside.fetch_add(1) != 0)
                ++overlaps;
            QThread::usleep(200);
            inside.fetch_sub(1);
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker));
    std::unique_ptr<QThread> b(QThread::create(worker));
    a->start();
    b->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QCOMPARE(overlaps.load(), 0);
    QCOMPARE(QFile::permissions(FileLock::lockPathFor(m_paths.configPath)) &
                 (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void TestConfigStore::brokenFileIsNeverOverwritten()
{
    QDir().mkpath(m_paths.stateDir);
    const QByteArray broken = "{\n  agents: { defaults: { model: { primary: \"a/b\" }\n";
    write(broken);
    const ConfigStore::EditResult result = setPrimary(QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(!result.ok);
    QVERIFY(result.error.startsWith(QStringLiteral("Invalid config at ")));
    QVERIFY(result.error.contains(QStringLiteral("JSON5 parse failed")));
    QCOMPARE(read(m_paths.configPath), broken);
    QVERIFY(!QFile::exists(m_paths.configPath + QStringLiteral(".bak")));
}

void TestConfigStore::invalidResultIsNotWritten()
{
    QDir().mkpath(m_paths.stateDir);
    write("{ models: { mode: \"merge\" } }\n");
    const ConfigStore::EditResult result =
        ConfigStore(m_paths, {}).edit([](Json5Document &doc, const OpenClawConfig &, QString *error) {
            return doc.set({QStringLiteral("models"), QStringLiteral("mode")}, 5, error);
        });
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("Config validation failed: models.mode: Invalid input"));
    QCOMPARE(read(m_paths.configPath), QByteArray("{ models: { mode: \"merge\" } }\n"));
}

void TestConfigStore::concurrentChangeIsReappliedNotLost()
{
    QDir().mkpath(m_paths.stateDir);
    write("{ agents: { defaults: { model: { primary: \"a/b\" } } } }\n");
    int calls = 0;
    const ConfigStore::EditResult result =
        ConfigStore(m_paths, {}).edit([&](Json5Document &doc, const OpenClawConfig &, QString *error) {
            if (calls++ == 0) // another program saves while we are editing
                write("{ agents: { defaults: { model: { primary: \"a/b\", fallbacks: [\"c/d\"] } } } }\n");
            return doc.set({QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("model"),
                            QStringLiteral("primary")},
                           QStringLiteral("x/y"), error);
        });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(calls, 2);
    QCOMPARE(read(m_paths.configPath),
             QByteArray("{ agents: { defaults: { model: { primary: \"x/y\", fallbacks: [\"c/d\"] } } } }\n"));
}

void TestConfigStore::writerRefusesChangedFile()
{
    QDir().mkpath(m_paths.stateDir);
    write("{ a: 1 }");
    const auto outcome = ConfigWriter::save(m_paths.configPath, "{ a: 0 }", true, "{ a: 2 }");
    QCOMPARE(outcome.status, ConfigWriter::Status::ChangedOnDisk);
    QCOMPARE(read(m_paths.configPath), QByteArray("{ a: 1 }"));
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
