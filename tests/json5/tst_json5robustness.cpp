// Random mutations of the corpus and of the edit fixtures: no crash, no hang, errors always in range.
#include "json5document.h"
#include "json5editscript.h"
#include "json5testutil.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QtTest>

using namespace clawdesk;

namespace {

QList<QString> corpusTexts()
{
    QList<QString> texts;
    for (const char *dir : {"/json5-tests", "/json5-edit"}) {
        QDirIterator it(QStringLiteral(TEST_DATA_DIR) + QLatin1String(dir), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            texts.append(QString::fromUtf8(testutil::readFile(it.next())));
    }
    return texts;
}

// Fragments that tend to reach the parser's edge cases when spliced in.
const QStringList kFragments = {"{",          "}",      "[",        "]",      ",",
                                ":",          "'",      "\"",       "\\",     "/*",
                                "*/",         "//",     "\n",       "\r",     "\\u",
                                "\\x4",       "0x",     "Infinity", "-",      "+",
                                ".",          "e",      "\u2028",   "\uFEFF", QString(QChar(0xD83D)),
                                "\U0001F600", "\\\n",   "NaN",      "nul",    "tru",
                                "$_",         "\\u0041"};

QString mutate(QString text, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const qsizetype pos = text.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(text.size() + 1)));
        switch (rng.bounded(4)) {
        case 0: // delete a run
            text.remove(pos, qsizetype(rng.bounded(8)));
            break;
        case 1: // insert a fragment
            text.insert(pos, kFragments.at(rng.bounded(quint32(kFragments.size()))));
            break;
        case 2: // replace a character with a random one
            if (pos < text.size())
                text[pos] = QChar(char16_t(rng.bounded(0x80) + (rng.bounded(8) == 0 ? 0x2000 : 0)));
            break;
        default: // duplicate a slice (nesting, repeated members)
            text.insert(pos, text.mid(qsizetype(rng.bounded(quint32(text.size() + 1))), 40));
            break;
        }
    }
    return text;
}

void collectPaths(const JsonValue &v, const QStringList &prefix, QList<QStringList> *out)
{
    if (out->size() > 400)
        return;
    out->append(prefix);
    if (v.isObject()) {
        const QStringList keys = v.keys();
        for (const QString &k : keys)
            collectPaths(v[k], prefix + QStringList{k}, out);
    } else if (v.isArray()) {
        for (qsizetype i = 0; i < v.size(); ++i)
            collectPaths(v.at(i), prefix + QStringList{QString::number(i)}, out);
    }
}

const QStringList kValues = {"1",
                             "'str'",
                             "'q\\\"\\\\ \\n'",
                             "true",
                             "null",
                             "[1, 'a']",
                             "{ a: 1 }",
                             "{ x: { y: [1, 2, { z: 'deep' }] }, w: 'é😀' }",
                             "[]",
                             "{}",
                             "-0.5",
                             "1e21",
                             "{ a: 1, b: 2, c: 3, d: 4 }",
                             "[[1], [2, [3]]]"};

} // namespace

class TestJson5Robustness : public QObject
{
    Q_OBJECT

private slots:
    void mutatedCorpus();
    void mutatedBytes();
    void pathologicalInputs();
    void randomEdits();
};

void TestJson5Robustness::mutatedCorpus()
{
    const QList<QString> texts = corpusTexts();
    QVERIFY(texts.size() > 100);
    QRandomGenerator rng(20260130); // fixed seed: reproducible
    int valid = 0;
    for (int round = 0; round < 30; ++round) {
        for (const QString &original : texts) {
            const QString text = mutate(original, rng);
            Json5Error error;
            const Json5Document doc = Json5Document::parse(text, &error);
            if (doc.isValid()) {
                ++valid;
                QVERIFY(!error.isError());
                // A valid mutant still supports edits that keep it valid.
                Json5Document copy = doc;
                if (doc.value().isObject()) {
                    QString editError;
                    QVERIFY2(copy.set({"zz", "added"}, JsonValue("v"), &editError),
                             qPrintable(editError + "\n" + text));
                    QVERIFY(Json5Document::parse(copy.text()).isValid());
                    const QStringList keys = doc.value().keys();
                    if (!keys.isEmpty()) {
                        QVERIFY2(copy.remove({keys.first()}, &editError),
                                 qPrintable(editError + "\n" + text));
                        QVERIFY(!copy.contains({keys.first()}));
                    }
                }
                continue;
            }
            QVERIFY(error.isError());
            QVERIFY(!error.message.isEmpty());
            QVERIFY(error.offset >= 0 && error.offset <= text.size());
            const int lines = int(text.count(u'\n') + text.count(u'\r')) + 1;
            QVERIFY2(error.line >= 1 && error.line <= lines + 1, qPrintable(error.toString()));
            QVERIFY(error.column >= 0 && error.column <= text.size() + 1);
        }
    }
    qInfo("%d of %lld mutants were still valid", valid, qint64(texts.size()) * 30);
}

void TestJson5Robustness::mutatedBytes()
{
    const QList<QString> texts = corpusTexts();
    QRandomGenerator rng(7);
    for (int round = 0; round < 10; ++round) {
        for (const QString &text : texts) {
            QByteArray bytes = text.toUtf8();
            for (int i = 0; i < 3 && !bytes.isEmpty(); ++i)
                bytes[qsizetype(rng.bounded(quint32(bytes.size())))] = char(rng.bounded(256));
            Json5Error error;
            const Json5Document doc = Json5Document::parse(bytes, &error);
            QCOMPARE(doc.isValid(), !error.isError());
            if (!doc.isValid())
                QVERIFY(error.offset >= 0 && error.offset <= bytes.size());
        }
    }
}

void TestJson5Robustness::pathologicalInputs()
{
    // Each must finish quickly (linear work), valid or not.
    const QList<QString> inputs = {
        QString(200000, u'['),
        QStringLiteral("[") + QStringLiteral("1,").repeated(200000) + QStringLiteral("]"),
        QStringLiteral("{") + QStringLiteral("a:1,").repeated(100000) + QStringLiteral("}"),
        QStringLiteral("/*") + QString(500000, u'*'),
        QStringLiteral("'") + QStringLiteral("\\\n").repeated(200000),
        QStringLiteral("[") + QStringLiteral("[],").repeated(100000) + QStringLiteral("]"),
        QStringLiteral("{") + QStringLiteral("\"k\":{},").repeated(100000) + QStringLiteral("}"),
        QString(300000, u' ') + QStringLiteral("x"),
        QStringLiteral("[\n").repeated(500) + QStringLiteral("]\n").repeated(500),
    };
    for (const QString &text : inputs) {
        // Each must finish (the test's own timeout catches a hang) and give a clear verdict; how
        // fast is measured by bench/json5bench.
        Json5Error error;
        const Json5Document doc = Json5Document::parse(text, &error);
        QVERIFY(doc.isValid() != error.isError());
    }
}

void TestJson5Robustness::randomEdits()
{
    // Random but valid edits on the realistic fixtures: each must succeed, keep the text valid and give
    // exactly the value the same edit gives on a plain JsonValue.
    const QStringList files =
        QDir(QStringLiteral(TEST_DATA_DIR "/json5-edit"))
            .entryList({QStringLiteral("*.json5"), QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 20);
    // Fixed seed by default; CLAWDESK_FUZZ_SEED / CLAWDESK_FUZZ_EDITS explore further by hand.
    QRandomGenerator rng(qEnvironmentVariableIsSet("CLAWDESK_FUZZ_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CLAWDESK_FUZZ_SEED"))
                             : 42u);
    const int perFile = qEnvironmentVariableIsSet("CLAWDESK_FUZZ_EDITS")
                            ? qEnvironmentVariableIntValue("CLAWDESK_FUZZ_EDITS")
                            : 60;
    int edits = 0;
    for (const QString &file : files) {
        Json5Document doc = Json5Document::parse(
            QString::fromUtf8(testutil::readFile(QStringLiteral(TEST_DATA_DIR "/json5-edit/") + file)));
        QVERIFY(doc.isValid());
        JsonValue model = doc.value();
        for (int i = 0; i < perFile; ++i) {
            QList<QStringList> paths;
            collectPaths(model, {}, &paths);
            const QStringList path = paths.at(rng.bounded(quint32(paths.size())));
            const JsonValue *target = model.find(path);
            testutil::EditStep step;
            step.value = Json5Document::parse(kValues.at(rng.bounded(quint32(kValues.size())))).value();
            const int kind = int(rng.bounded(5));
            if (kind == 0 && !path.isEmpty()) {
                step.op = testutil::EditStep::Set;
                step.path = path;
            } else if (kind == 1 && target->isObject()) {
                step.op = testutil::EditStep::Set;
                step.path = path + QStringList{QStringLiteral("k%1").arg(i)};
                if (rng.bounded(2))
                    step.path += QStringLiteral("deeper");
            } else if (kind == 2 && !path.isEmpty()) {
                step.op = testutil::EditStep::Remove;
                step.path = path;
            } else if (kind == 3 && target->isArray()) {
                step.op = testutil::EditStep::Insert;
                step.path = path;
                step.a = qsizetype(rng.bounded(quint32(target->size() + 1)));
            } else if (kind == 4 && target->isArray() && target->size() > 1) {
                step.op = testutil::EditStep::Move;
                step.path = path;
                step.a = qsizetype(rng.bounded(quint32(target->size())));
                step.b = qsizetype(rng.bounded(quint32(target->size())));
            } else {
                continue;
            }
            step.line = QStringLiteral("%1 op %2 at %3").arg(file).arg(int(step.op)).arg(path.join(u'.'));
            const QString before = doc.text();
            QString error;
            QVERIFY2(testutil::applyStep(doc, step, &error),
                     qPrintable(step.line + ": " + error + "\n" + before));
            QVERIFY(testutil::applyStep(model, step));
            QVERIFY2(doc.value() == model, qPrintable(step.line + "\n" + before + "\n---\n" + doc.text()));
            QVERIFY(Json5Document::parse(doc.text()).value() == model);
            ++edits;
        }
    }
    QVERIFY(edits > 500);
}

QTEST_GUILESS_MAIN(TestJson5Robustness)
#include "tst_json5robustness.moc"
