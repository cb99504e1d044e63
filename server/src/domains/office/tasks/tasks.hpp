#pragma once
// Supervised tasks (督查督办): leaders assign a task to a body or a person with a deadline; the assignee
// accepts it, reports progress and reports it done; leaders chase, extend, accept or return it. Each task is
// a case of the committee's "supervision_task" workflow, so every step is in the engine's history (who, when,
// from, to, note) and in the audit chain. Overdue tasks are listed with how late they are.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::tasks {

inline constexpr const char* kWorkflow = "supervision_task";
const FieldLabels& labels();

struct NewTask {
    std::string title, detail, source, deadline;
    std::optional<int64_t> body_id;   // the body that handles it, and/or
    std::optional<int64_t> staff_id;  // the person
};
// Starts the task's case; the deadline cannot be in the past.
nlohmann::json create_task(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewTask& t);

struct TaskQuery {
    std::string state;
    std::optional<int64_t> body_id;
    std::optional<int64_t> staff_id;
    bool overdue = false;  // open and past the deadline
    bool mine = false;     // assigned to the caller or the caller's body
    int64_t page = 1;
    int64_t page_size = 20;
};
nlohmann::json list_tasks(storage::Db& db, const auth::Principal& me, const TaskQuery& q);
// The task with its case: state, the steps the caller may take now, and the full history.
nlohmann::json get_task(storage::Db& db, const auth::Principal& me, int64_t id);

struct Step {
    std::string transition;  // accept, report_progress, report_done, chase, extend, approve, return, cancel
    std::string note;
    std::optional<int64_t> progress;  // per cent, with report_progress
    std::string deadline;             // the new one, with extend
    std::optional<int64_t> version;   // of the case, as the client saw it (409 if stale)
};
// Takes a step. Reporting steps are for the assignee (the person, or staff of the body) unless the caller
// may also assign tasks; the workflow decides what may happen in the current state.
nlohmann::json take_step(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                         int64_t id, const Step& s);

// Open tasks past their deadline, the latest first, with the days overdue.
nlohmann::json overdue_tasks(storage::Db& db, const auth::Principal& me);
// A printable supervision notice (督办通知单) for the task, with its chases and progress reports.
std::string task_notice(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- shared by the use cases (task_record.cpp) ----
// The FROM … WHERE of task lists (aliases t, c = case, st = state, b, s, u) and its column list.
extern const char* kTaskFrom;
extern const char* kTaskColumns;
nlohmann::json task_row_json(const storage::Row& r, const std::string& today);
nlohmann::json task_json(storage::Tx& tx, const auth::Principal& me,
                         int64_t id);  // 404 if not this committee's

}  // namespace zhixie::office::tasks
