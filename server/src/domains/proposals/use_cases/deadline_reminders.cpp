// The timed job "proposal_deadlines" (issue 4, assignment): each handling unit's users are told in the app
// when a proposal's reply is due in 30 days, in 7 days and today, and once it is overdue. The deadline is the
// case's (the reply's handling_due while assigned or handled, the re-handling window's afterwards), so an
// extension or a re-handling round is a new deadline with reminders of its own. Each reminder has a dedup key
// (proposal, unit, deadline, 30|7|0|overdue): running the job again, or on two servers, tells no one twice.
#include <fmt/format.h>

#include "core/clock.hpp"
#include "services/jobs/jobs.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::proposals {

namespace {

// The reminder due now for a deadline `left` days away: 30, 7, 0, -1 (overdue) or none (more than 30 days).
std::optional<int> stage_of(int64_t left) {
    if (left > 30) return std::nullopt;
    if (left > 7) return 30;
    if (left > 0) return 7;
    return left == 0 ? 0 : -1;
}

int64_t remind_committee(storage::Tx& tx, int64_t committee_id) {
    int64_t sent = 0;
    for (const auto& r :
         tx.query("SELECT p.id, p.title, p.number, c.due_at, pu.unit_id, u.name AS unit_name FROM proposals "
                  "p JOIN "
                  "wf_cases c ON c.id = p.case_id JOIN proposal_units pu ON pu.proposal_id = p.id AND "
                  "pu.active = 1 "
                  "JOIN units u ON u.id = pu.unit_id WHERE p.committee_id = :c AND c.state IN ('assigned', "
                  "'objection', 'handling', 'rehandling') AND c.due_at IS NOT NULL ORDER BY p.id, pu.unit_id",
                  {{"c", committee_id}})) {
        auto stage = stage_of(jobs::days_from_today(r.s("due_at")));
        if (!stage) continue;
        std::vector<int64_t> users;
        for (const auto& u : tx.query("SELECT uu.user_id FROM user_units uu JOIN users us ON us.id = "
                                      "uu.user_id WHERE uu.unit_id = :u "
                                      "AND us.committee_id = :c AND us.disabled = 0 ORDER BY uu.user_id",
                                      {{"u", r.i("unit_id")}, {"c", committee_id}}))
            users.push_back(u.i("user_id"));
        if (users.empty()) continue;
        const std::string due =
            clock::iso(clock::parse_iso(r.s("due_at")) + std::chrono::hours(8)).substr(0, 10);
        const std::string name =
            r.s("number").empty() ? "《" + r.s("title") + "》" : r.s("number") + "《" + r.s("title") + "》";
        notify::Message m{committee_id,
                          *stage < 0 ? "proposal_overdue" : "proposal_deadline",
                          "",
                          "",
                          fmt::format("/proposals/{}", r.i("id")),
                          std::nullopt};
        if (*stage < 0) {
            m.title = "提案办理已超期";
            m.body = fmt::format("{}应于{}前答复，现已超期，请{}尽快办理答复。", name, due, r.s("unit_name"));
        } else {
            m.title = *stage == 0 ? "提案今日到期" : fmt::format("提案办理期限还有{}天", *stage);
            m.body = fmt::format("{}的答复期限为{}，请{}按时办理答复。", name, due, r.s("unit_name"));
        }
        m.dedup_key = fmt::format("proposal_due:{}:{}:{}:{}", r.i("id"), r.i("unit_id"), due,
                                  *stage < 0 ? "overdue" : std::to_string(*stage));
        sent += notify::send(tx, m, users);
    }
    return sent;
}

[[maybe_unused]] const bool kRegistered = [] {
    jobs::register_job({"proposal_deadlines", "提案办理期限提醒（30天、7天、当天）与超期通知",
                        std::chrono::hours(1),
                        [](storage::Db& db) { return jobs::per_committee(db, remind_committee); }});
    return true;
}();

}  // namespace

}  // namespace zhixie::proposals
