// Hostile config files: FIFOs, devices, symlinks out of the folder, huge files, include fan-out.
// Each is refused with a message naming the file, and nothing hangs or grows without bound.
#include "configincludes.h"
#include "openclawconfig.h"
#include "regularfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace clawdesk;

class TestConfigBounds : public QObject
{
    Q_OBJECT

private slots:
    void fifoAsConfigIsRefused();
    void deviceBehindSymlinkIsRefused();
    void oversizedConfigIsRefused();
    void includeOfFifoAndDeviceIsRefused();
    void includeOutsideTheFolderIsRefused();
    void includeSymlinkOutsideTheFolderIsRefused();
    void includeFanOutIsBounded();
    void includeParseErrorShowsNoContent();
    void hugeStringValueLoads();

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    static QString firstMessage(const OpenClawConfig &config)
    {
        return config.issues().isEmpty() ? QString() : config.issues().first().message;
    }
    QTemporaryDir m_dir;
};

void TestConfigBounds::fifoAsConfigIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("fifo/openclaw.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const OpenClawConfig config = OpenClawConfig::load(path, {}); // must return, not wait for a writer
    QVERIFY(!config.isValid());
    QVERIFY2(firstMessage(config).contains(QStringLiteral("not a regular file")),
             qPrintable(firstMessage(config)));
}

void TestConfigBounds::deviceBehindSymlinkIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("dev/openclaw.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    const OpenClawConfig config = OpenClawConfig::load(path, {});
    QVERIFY(!config.isValid());
    QVERIFY(firstMessage(config).contains(QStringLiteral("not a regular file")));
}

void TestConfigBounds::oversizedConfigIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("big/openclaw.json"));
    QByteArray text = "{ a: \"";
    text.append(QByteArray(RegularFile::MaxConfigBytes, 'x'));
    text.append("\" }");
    write(path, text);
    const OpenClawConfig config = OpenClawConfig::load(path, {});
    QVERIFY(!config.isValid());
    QVERIFY2(firstMessage(config).contains(QStringLiteral("larger than 8 MB")),
             qPrintable(firstMessage(config)));
    QVERIFY(!firstMessage(config).contains(QStringLiteral("xxxx")));
}

void TestConfigBounds::includeOfFifoAndDeviceIsRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("incdev"));
    QDir().mkpath(dir);
    QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe.json5")).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/zero.json5")));
    write(dir + QStringLiteral("/openclaw.json"),
          "{ models: { $include: \"pipe.json5\" }, agents: { $include: \"zero.json5\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir + QStringLiteral("/openclaw.json"), {});
    QVERIFY(!config.isValid());
    QStringList messages;
    for (const ConfigIssue &issue : config.issues())
        messages.append(issue.message);
    // /dev/zero is outside the folder once the symlink is followed; the FIFO is not a regular file.
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("not a regular file")),
             qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("outside config directory (symlink)")),
             qPrintable(messages.join(u'\n')));
}

void TestConfigBounds::includeOutsideTheFolderIsRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("escape/state"));
    write(m_dir.filePath(QStringLiteral("escape/secret.json5")), "{ token: \"do-not-read\" }");
    write(dir + QStringLiteral("/openclaw.json"),
          "{ models: { $include: \"../secret.json5\" }, agents: { $include: \"/etc/passwd\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir + QStringLiteral("/openclaw.json"), {});
    QVERIFY(!config.isValid());
    QCOMPARE(config.issues().size(), 2);
    for (const ConfigIssue &issue : config.issues()) {
        QVERIFY2(issue.message.startsWith(QStringLiteral("Include path escapes config directory: ")),
                 qPrintable(issue.message));
        QVERIFY(issue.line > 0); // points at the $include in openclaw.json
    }
    QVERIFY(!config.merged().toJson().contains(QStringLiteral("do-not-read")));
}

void TestConfigBounds::includeSymlinkOutsideTheFolderIsRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("link/state"));
    write(m_dir.filePath(QStringLiteral("link/secret.json5")), "{ mode: \"merge\" }");
    QDir().mkpath(dir);
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("link/secret.json5")),
                        dir + QStringLiteral("/models.json5")));
    write(dir + QStringLiteral("/openclaw.json"), "{ models: { $include: \"models.json5\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir + QStringLiteral("/openclaw.json"), {});
    QVERIFY(!config.isValid());
    QVERIFY(firstMessage(config).startsWith(
        QStringLiteral("Include path resolves outside config directory (symlink): models.json5")));
}

void TestConfigBounds::includeFanOutIsBounded()
{
    // Each level includes the next one four times: 4^10 reads without a budget.
    const QString dir = m_dir.filePath(QStringLiteral("fan"));
    for (int level = 0; level < 10; ++level) {
        const QByteArray next = "l" + QByteArray::number(level + 1) + ".json5";
        write(dir + QStringLiteral("/l%1.json5").arg(level),
              level == 9
                  ? QByteArray("{ x: 1 }")
                  : "{ a: { $include: \"" + next + "\" }, b: { $include: \"" + next +
                        "\" }, c: { $include: \"" + next + "\" }, d: { $include: \"" + next + "\" } }");
    }
    write(dir + QStringLiteral("/openclaw.json"), "{ models: { $include: \"l0.json5\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir + QStringLiteral("/openclaw.json"), {});
    QVERIFY(!config.isValid());
    bool budget = false;
    for (const ConfigIssue &issue : config.issues())
        budget = budget || issue.message.startsWith(QStringLiteral("Too many includes: more than 100 files"));
    QVERIFY(budget);
}

void TestConfigBounds::includeParseErrorShowsNoContent()
{
    const QString dir = m_dir.filePath(QStringLiteral("parse"));
    write(dir + QStringLiteral("/notes.txt"), "Secretvalue=hunter2\n");
    write(dir + QStringLiteral("/openclaw.json"), "{ models: { $include: \"notes.txt\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir + QStringLiteral("/openclaw.json"), {});
    QVERIFY(!config.isValid());
    const ConfigIssue &issue = config.issues().first();
    QVERIFY2(issue.message.contains(QStringLiteral("invalid character at 1:1")), qPrintable(issue.message));
    QVERIFY(!issue.message.contains(QStringLiteral("'S'")));
    QCOMPARE(issue.line, 1);
    QCOMPARE(issue.column, 1);
}

void TestConfigBounds::hugeStringValueLoads()
{
    // A 7 MB string (just under the cap) is read and validated, and no issue repeats it.
    const QString path = m_dir.filePath(QStringLiteral("huge/openclaw.json"));
    write(path,
          "{ agents: { defaults: { model: { primary: \"" + QByteArray(7 * 1024 * 1024, 'm') + "\" } } } }");
    const OpenClawConfig config = OpenClawConfig::load(path, {});
    QVERIFY(config.parsed());
    for (const ConfigIssue &issue : config.issues())
        QVERIFY2(issue.message.size() < 4096, qPrintable(issue.message.left(200)));
}

QTEST_GUILESS_MAIN(TestConfigBounds)
#include "tst_configbounds.moc"
