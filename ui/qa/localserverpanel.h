#pragma once

#include <QWidget>

namespace SpEmu {
class EmulatorServer;
}
class ConsoleController;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

// The embedded emulator's URLs, and for a joined document a ready spsync command line with a
// freshly minted token, so a tester can drive the same document from a terminal. The token is
// masked until asked for and never logged.
class LocalServerPanel : public QWidget
{
    Q_OBJECT
public:
    LocalServerPanel(
        SpEmu::EmulatorServer *server, ConsoleController *console, QWidget *parent = nullptr);

    // The command for the selected document: with the token, or with it masked.
    QString command(bool withToken) const;
    void selectDocument(const QString &documentId);
    void setTokenShown(bool shown);

public Q_SLOTS:
    void mintToken(); // a new token for the selected document
    void copyCommand();

private:
    void refreshDocuments();
    void refreshCommand();

    SpEmu::EmulatorServer *m_server;
    ConsoleController *m_console;
    QComboBox *m_document;
    QCheckBox *m_showToken;
    QPlainTextEdit *m_command;
    QLabel *m_status;
    QString m_token; // in memory only
    QString m_tokenDocument;
};
