// The actions the proposal workflow runs on entering a state (named in config/workflows/proposal.json).
// They are registered when the program starts, before any definition naming them is validated.
#include <chrono>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/proposals/access.hpp"
#include "workflow/actions.hpp"

namespace zhixie::proposals {

namespace {

std::string chinese_number(int64_t n) {
    static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100) return std::to_string(n);
    if (n < 10) return digits[n];
    std::string out = n >= 20 ? std::string(digits[n / 10]) + "十" : "十";
    return n % 10 ? out + digits[n % 10] : out;
}

std::string days_from_now(int64_t days) {
    return clock::iso(clock::now() + std::chrono::hours(24 * days));
}

// On entering "submitted" the first time: the submission date, its year, session and kind; invitations
// not answered by then lapse.
void mark_submitted(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    auto p = tx.one(
        "SELECT p.submitted_at, p.source, t.start_date FROM proposals p JOIN terms t ON t.id = p.term_id "
        "WHERE "
        "p.id = :id",
        {{"id", c.subject_id}});
    if (!p) return;
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE proposal_signers SET status = 'expired', responded_at = :now WHERE proposal_id = :id AND "
        "status "
        "= 'invited'",
        {{"now", now}, {"id", c.subject_id}});
    if (!p->is_null("submitted_at")) return;
    const std::string today = clock::today_cst();
    auto where = session_of(load_settings(tx, c.committee_id), p->s("start_date"), today);
    if (p->s("source") == "sector_group" && !where.plenary)
        throw AppError::unprocessable("sector_group_outside_plenary");
    tx.exec(
        "UPDATE proposals SET submitted_at = :now, year = :y, session = :s, kind = :k, updated_at = :now "
        "WHERE "
        "id = :id",
        {{"now", now},
         {"y", int64_t{std::stoi(today.substr(0, 4))}},
         {"s", where.session},
         {"k", std::string(where.plenary ? "plenary" : "regular")},
         {"id", c.subject_id}});
}

// On acceptance (or on being merged, which accepts it into another case): the next number of its term and
// session, e.g. 第十届五次会议第012号.
void set_number(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    auto p = tx.one(
        "SELECT p.term_id, p.session, p.number_seq, t.name AS term_name FROM proposals p JOIN terms t ON "
        "t.id = "
        "p.term_id WHERE p.id = :id",
        {{"id", c.subject_id}});
    if (!p || !p->is_null("number_seq")) return;
    const int64_t session = p->is_null("session") ? 1 : p->i("session");
    storage::Params key{{"c", c.committee_id}, {"t", p->i("term_id")}, {"s", session}};
    tx.exec(
        "INSERT INTO proposal_counters (committee_id, term_id, session, last) VALUES (:c, :t, :s, 0) ON "
        "CONFLICT "
        "DO NOTHING",
        key);
    tx.exec(
        "UPDATE proposal_counters SET last = last + 1 WHERE committee_id = :c AND term_id = :t AND session = "
        ":s",
        key);
    const int64_t seq =
        tx.one("SELECT last FROM proposal_counters WHERE committee_id = :c AND term_id = :t AND session = :s",
               key)
            ->i("last");
    const std::string now = clock::now_iso();
    tx.exec(
        "UPDATE proposals SET number_seq = :n, number = :label, session = :s, accepted_at = :now, updated_at "
        "= "
        ":now WHERE id = :id",
        {{"n", seq},
         {"label", fmt::format("{}{}次会议第{:03d}号", p->s("term_name"), chinese_number(session), seq)},
         {"s", session},
         {"now", now},
         {"id", c.subject_id}});
}

// On (re)assignment: the reply is due handling_days from now; the case's deadline follows it.
void start_handling_clock(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    const std::string now = clock::now_iso();
    const std::string due = days_from_now(load_settings(tx, c.committee_id).handling_days);
    tx.exec(
        "UPDATE proposals SET assigned_at = COALESCE(assigned_at, :now), handling_due = :due, updated_at = "
        ":now "
        "WHERE id = :id",
        {{"now", now}, {"due", due}, {"id", c.subject_id}});
    tx.exec("UPDATE wf_cases SET due_at = :due WHERE id = :case", {{"due", due}, {"case", c.id}});
}

// In handling and objection the case's deadline is the reply's (extensions move it).
void follow_handling_due(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    tx.exec(
        "UPDATE wf_cases SET due_at = (SELECT handling_due FROM proposals WHERE id = :id) WHERE id = :case",
        {{"id", c.subject_id}, {"case", c.id}});
}

// The first complete reply of the first round is what the on-time rate measures.
void mark_replied(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    tx.exec("UPDATE proposals SET replied_at = :now WHERE id = :id AND replied_at IS NULL AND rehandled = 0",
            {{"now", clock::now_iso()}, {"id", c.subject_id}});
}

void start_rehandling(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    tx.exec("UPDATE proposals SET rehandled = rehandled + 1, updated_at = :now WHERE id = :id",
            {{"now", clock::now_iso()}, {"id", c.subject_id}});
}

void mark_closed(storage::Tx& tx, const workflow::CaseRef& c, const audit::Actor&) {
    const std::string now = clock::now_iso();
    tx.exec("UPDATE proposals SET closed_at = :now, updated_at = :now WHERE id = :id",
            {{"now", now}, {"id", c.subject_id}});
    tx.exec("UPDATE proposals SET closed_at = :now, updated_at = :now WHERE merged_into_id = :id",
            {{"now", now}, {"id", c.subject_id}});
}

[[maybe_unused]] const bool kRegistered = [] {
    workflow::register_action("mark_submitted", mark_submitted);
    workflow::register_action("set_number", set_number);
    workflow::register_action("start_handling_clock", start_handling_clock);
    workflow::register_action("follow_handling_due", follow_handling_due);
    workflow::register_action("mark_replied", mark_replied);
    workflow::register_action("start_rehandling", start_rehandling);
    workflow::register_action("mark_closed", mark_closed);
    return true;
}();

}  // namespace

}  // namespace zhixie::proposals
