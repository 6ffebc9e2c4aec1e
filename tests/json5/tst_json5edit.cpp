#include <QtTest>
class TestJson5Edit : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestJson5Edit)
#include "tst_json5edit.moc"
