// SPDX-License-Identifier: MIT
// A session document's bytes to the engine's Session: the UTF-8 and JSON checks, the format and
// version, then every field against the schema, with a message per problem that names the field
// ("model.hidden_size") and says what is allowed; a document that passes is then validated as a
// whole (validate(), validateHistory()). Not the file (SessionFile: paths, sizes) nor the writing
// (SessionWriter). QtCore only.
#pragma once

#include "app/session/viewstate.h"
#include "engine/session.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

class QByteArray;

namespace rnnlab {

struct SessionParseResult
{
    std::optional<Session> session;
    std::vector<Problem> problems; // non-empty exactly when session is empty
    SavedHistory history; // the file's "history" (empty without one)
    std::optional<ViewState> view; // the file's "view"
};

class SessionReader
{
public:
    //! Parses and validates a session document. \a text is the file's bytes (UTF-8 JSON).
    static SessionParseResult parse(const QByteArray &text);

private:
    // The schema, field by field: each reads what it can and adds a problem (with the field's
    // path) for what it cannot.
    void add(const std::string &field, const std::string &message);
    //! Refuses keys of \a object not in \a allowed.
    void checkKeys(const QJsonObject &object, const std::string &path, std::initializer_list<const char *> allowed);
    std::optional<QJsonObject> object(const QJsonObject &parent, const char *name, const std::string &field);
    //! A whole number in [minimum, maximum]. Out-of-range values are reported with the range.
    std::optional<std::int64_t> integer(const QJsonValue &value, const std::string &field, std::int64_t minimum,
                                        std::int64_t maximum, const std::string &why = {});
    std::optional<double> number(const QJsonValue &value, const std::string &field);
    std::optional<std::u32string> text(const QJsonValue &value, const std::string &field);
    ModelConfig model(const QJsonObject &o);
    //! The data fields of every task (\a task: which of them must be there).
    DataConfig data(const QJsonObject &o, TaskKind task);
    //! Translate: data.pairs and the two vocabularies into \a data; for another task, a problem
    //! for each of them given.
    void pairs(const QJsonObject &o, TaskKind task, DataConfig &data);
    TrainingConfig training(const QJsonObject &o);
    //! A bias (list of numbers) or a weight matrix (list of equal rows) as a NamedTensor.
    std::optional<NamedTensor> tensor(const QJsonValue &value, const std::string &field, std::string name);
    std::vector<NamedTensor> weights(const QJsonObject &o);
    //! torch.optim's state_dict()["state"] (keys "0", "1", … in parameters() order) and the steps taken.
    SavedOptimizerState optimizerState(const QJsonObject &o);

    std::vector<Problem> m_problems;
};

} // namespace rnnlab
