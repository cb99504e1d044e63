#include <chrono>
#include <set>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/notify/notify.hpp"

namespace zhixie::meetings {

namespace {
// Re-reads the invitee after a change and writes their duty records from it.
void resync(storage::Tx& tx, int64_t committee_id, int64_t meeting_id, int64_t invitee_id) {
    sync_duty(tx, meeting_row(tx, committee_id, meeting_id), invitee_row(tx, meeting_id, invitee_id));
}

nlohmann::json get_counts(storage::Tx& tx, int64_t meeting_id) {
    return {{"counts", attendance_counts(tx, meeting_id)}};
}

nlohmann::json invitee_json(storage::Tx& tx, int64_t meeting_id, int64_t invitee_id) {
    auto out = invitee_row(tx, meeting_id, invitee_id).json();
    out["counts"] = attendance_counts(tx, meeting_id);
    return out;
}
}  // namespace

nlohmann::json mark_attendance(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, int64_t id, const std::vector<int64_t>& invitee_ids,
                               const std::string& attendance, const std::string& note) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    FieldErrors e;
    check::one_of(e, "attendance", attendance, {"present", "absent", "pending", "leave"});
    if (invitee_ids.empty()) e.add("invitee_ids", "field_required");
    e.throw_if_any(lang, labels());
    if (m.s("status") == "closed" && attendance == "pending") throw AppError::unprocessable("meeting_closed");
    const std::string now = clock::now_iso();
    // one statement for all of them (the ids are numbers, written into the statement as such)
    std::set<int64_t> unique(invitee_ids.begin(), invitee_ids.end());
    std::string list;
    for (int64_t v : unique)
        list += (list.empty() ? "" : ", ") + std::to_string(v);
    const std::string mine = " WHERE meeting_id = :m AND id IN (" + list + ")";
    const auto before = tx.query("SELECT * FROM meeting_invitees" + mine + " ORDER BY id", {{"m", id}});
    if (before.size() != unique.size()) throw AppError::not_found();
    if (attendance == "present")
        tx.exec(
            "UPDATE meeting_invitees SET attendance = 'present', signed_in_at = :now, signed_in_by = "
            "'staff'" +
                mine,
            {{"now", now}, {"m", id}});
    else if (attendance == "leave")
        tx.exec(
            "UPDATE meeting_invitees SET attendance = :a, signed_in_at = NULL, signed_in_by = '', "
            "leave_status "
            "= 'approved', leave_reason = :r, leave_requested_at = :now, leave_decided_by = :by" +
                mine,
            {{"a", m.s("status") == "closed" ? "absent" : "pending"},
             {"r", note.empty() ? std::string("电话请假") : note},
             {"now", now},
             {"by", me.user_id},
             {"m", id}});
    else
        tx.exec("UPDATE meeting_invitees SET attendance = :a, signed_in_at = NULL, signed_in_by = ''" + mine,
                {{"a", attendance}, {"m", id}});
    const auto after = tx.query("SELECT * FROM meeting_invitees" + mine + " ORDER BY id", {{"m", id}});
    nlohmann::json names = nlohmann::json::array();
    for (size_t k = 0; k < after.size(); ++k) {
        names.push_back(after[k].s("name"));
        write_duty(tx, m, after[k], invitee_duty(m, before[k]));
    }
    audit::append(tx, actor, "meeting.attendance_marked", "meeting", std::to_string(id),
                  {{"invitees", names}, {"attendance", attendance}});
    auto out = get_counts(tx, id);
    tx.commit();
    return out;
}

nlohmann::json decide_leave(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                            int64_t invitee_id, bool approve, const std::string& note) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    auto inv = invitee_row(tx, id, invitee_id);
    if (inv.s("leave_status") != "pending") throw AppError::conflict("leave_not_pending");
    const std::string status = approve ? "approved" : "refused";
    tx.exec(
        "UPDATE meeting_invitees SET leave_status = :s, leave_note = :n, leave_decided_by = :by WHERE id = "
        ":id",
        {{"s", status}, {"n", note}, {"by", me.user_id}, {"id", invitee_id}});
    resync(tx, me.committee_id, id, invitee_id);
    if (auto user = inv.opt_i("user_id"))
        notify::send(tx,
                     {me.committee_id, "meeting_leave_decided",
                      (approve ? "请假已批准：" : "请假未批准：") + m.s("title"), note,
                      "/meetings/my/" + std::to_string(id), std::nullopt},
                     {*user});
    audit::append(tx, actor, approve ? "meeting.leave_approved" : "meeting.leave_refused", "meeting",
                  std::to_string(id), {{"invitee", inv.s("name")}, {"note", note}});
    auto out = invitee_json(tx, id, invitee_id);
    tx.commit();
    return out;
}

nlohmann::json close_meeting(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                             int64_t id) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    if (m.s("status") == "closed") throw AppError::conflict("meeting_closed");
    if (m.s("starts_at") > clock::now_iso()) throw AppError::unprocessable("meeting_not_started");
    const auto before =
        tx.query("SELECT * FROM meeting_invitees WHERE meeting_id = :m ORDER BY id", {{"m", id}});
    tx.exec("UPDATE meetings SET status = 'closed', version = version + 1, updated_at = :now WHERE id = :id",
            {{"now", clock::now_iso()}, {"id", id}});
    tx.exec(
        "UPDATE meeting_invitees SET attendance = 'absent' WHERE meeting_id = :m AND attendance = 'pending'",
        {{"m", id}});
    auto closed = meeting_row(tx, me.committee_id, id);
    const auto after =
        tx.query("SELECT * FROM meeting_invitees WHERE meeting_id = :m ORDER BY id", {{"m", id}});
    for (size_t k = 0; k < after.size(); ++k)
        write_duty(tx, closed, after[k], invitee_duty(m, before[k]));
    auto counts = attendance_counts(tx, id);
    audit::append(tx, actor, "meeting.closed", "meeting", std::to_string(id), {{"counts", counts}});
    tx.commit();
    return get_meeting(db, me, id);
}

nlohmann::json qr_token(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto m = live_meeting_row(tx, me.committee_id, id);
    // a code shown on the screen is good for ten minutes; the page fetches a new one every minute
    const auto expires = clock::now() + std::chrono::minutes(10);
    const int64_t unix = std::chrono::duration_cast<std::chrono::seconds>(expires.time_since_epoch()).count();
    const std::string token = make_qr_token(m.s("qr_secret"), id, unix);
    return {{"token", token},
            {"path", "/m/sign-in?t=" + token},
            {"expires_at", clock::iso(expires)},
            {"title", m.s("title")},
            {"counts", attendance_counts(tx, id)}};
}

nlohmann::json meeting_duty_records(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    meeting_row(tx, me.committee_id, id);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(
             "SELECT d.member_id, m.name AS member_name, d.kind, d.title, d.occurred_on FROM duty_records d "
             "JOIN "
             "members m ON m.id = d.member_id WHERE d.committee_id = :c AND ((d.source_type = 'meeting' AND "
             "d.source_id = :id) OR (d.source_type = 'meeting_speech' AND d.source_id IN (SELECT id FROM "
             "meeting_speeches WHERE meeting_id = :id))) ORDER BY d.member_id, d.kind",
             {{"c", me.committee_id}, {"id", id}}))
        items.push_back(r.json());
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::meetings
