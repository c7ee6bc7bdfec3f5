#pragma once

#include <QDialog>

class ProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Manages connection profiles: add, edit, remove, import and export (never with tokens).
// "Connect" asks the owner to open a console on the chosen profile.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(ProfileStore *store, QWidget *parent = nullptr);

    bool saveCurrent(); // validates; shows the problem inline
    QString inlineError() const;
    QString tokenNote() const;

Q_SIGNALS:
    void connectRequested(const QString &profileName);

private:
    void reload(const QString &select = {});
    void showProfile();
    void setMessage(const QString &text, bool error);
    void refreshTokenNote();

    ProfileStore *m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUri;
    QLineEdit *m_tokenPath;
    QComboBox *m_region;
    QLineEdit *m_token;
    QLabel *m_tokenNote;
    QCheckBox *m_rejoin;
    QLabel *m_message;
};
