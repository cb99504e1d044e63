#include <chrono>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "core/input.hpp"
#include "domains/meetings/internal.hpp"

namespace zhixie::meetings {

namespace {
// The signed-in user's invitation to the meeting: by their account, or by the member record linked to it.
std::optional<storage::Row> my_invitation(storage::Tx& tx, const auth::Principal& me, int64_t meeting_id) {
    return tx.one(
        "SELECT * FROM meeting_invitees WHERE meeting_id = :m AND committee_id = :c AND (user_id = :u "
        "OR member_id IN (SELECT id FROM members WHERE user_id = :u AND committee_id = :c))",
        {{"m", meeting_id}, {"c", me.committee_id}, {"u", me.user_id}});
}

const char* kMine =
    "SELECT m.*, p.name AS party_org_name, b.name AS body_name, i.id AS invitee_id, i.attendance, "
    "i.leave_status, i.leave_reason, i.leave_note, i.signed_in_at FROM meeting_invitees i JOIN meetings m ON "
    "m.id = i.meeting_id LEFT JOIN party_orgs p ON p.id = m.party_org_id LEFT JOIN bodies b ON b.id = "
    "m.body_id "
    "WHERE i.committee_id = :c AND (i.user_id = :u OR i.member_id IN (SELECT id FROM members WHERE user_id = "
    ":u "
    "AND committee_id = :c))";

nlohmann::json mine_json(const storage::Row& r) {
    auto j = meeting_json(r);
    j["my"] = nlohmann::json::object();
    for (const char* k :
         {"invitee_id", "attendance", "leave_status", "leave_reason", "leave_note", "signed_in_at"}) {
        j["my"][k] = j[k];
        j.erase(k);
    }
    j.erase("minutes");
    return j;
}
}  // namespace

std::optional<int64_t> my_member_id(storage::Tx& tx, const auth::Principal& me) {
    auto r = tx.one("SELECT MIN(id) AS id FROM members WHERE user_id = :u AND committee_id = :c",
                    {{"u", me.user_id}, {"c", me.committee_id}});
    return r ? r->opt_i("id") : std::nullopt;
}

nlohmann::json my_meetings(storage::Db& db, const auth::Principal& me, bool upcoming_only) {
    auto tx = db.read();
    std::string sql = kMine;
    storage::Params p{{"c", me.committee_id}, {"u", me.user_id}};
    if (upcoming_only) {
        sql += " AND m.ends_at >= :now";
        p.push_back({"now", clock::now_iso()});
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query(sql + " ORDER BY m.starts_at DESC LIMIT 200", p))
        items.push_back(mine_json(r));
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json my_meeting(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto r = tx.one(std::string(kMine) + " AND m.id = :id",
                    {{"c", me.committee_id}, {"u", me.user_id}, {"id", id}});
    if (!r) throw AppError::not_found();
    return mine_json(*r);
}

nlohmann::json request_leave(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                             int64_t id, const std::string& reason) {
    auto tx = db.write();
    auto inv = my_invitation(tx, me, id);
    if (!inv) throw AppError::not_found();
    auto m = live_meeting_row(tx, me.committee_id, id);
    FieldErrors e;
    check::required(e, "reason", reason, 500);
    e.throw_if_any(lang, labels());
    if (clock::now_iso() >= m.s("starts_at")) throw AppError::unprocessable("leave_too_late");
    if (inv->s("attendance") == "present") throw AppError::conflict("already_signed_in");
    if (inv->s("leave_status") == "pending" || inv->s("leave_status") == "approved")
        throw AppError::conflict("leave_already_requested");
    tx.exec(
        "UPDATE meeting_invitees SET leave_status = 'pending', leave_reason = :r, leave_requested_at = :now, "
        "leave_note = '' WHERE id = :id",
        {{"r", reason}, {"now", clock::now_iso()}, {"id", inv->i("id")}});
    audit::append(tx, actor, "meeting.leave_requested", "meeting", std::to_string(id),
                  {{"invitee", inv->s("name")}, {"reason", reason}});
    tx.commit();
    return my_meeting(db, me, id);
}

nlohmann::json sign_in(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                       const std::string& token) {
    auto id = qr_token_meeting(token);
    if (!id) throw AppError::unprocessable("qr_invalid");
    auto tx = db.write();
    auto m = tx.one("SELECT * FROM meetings WHERE id = :id AND committee_id = :c",
                    {{"id", *id}, {"c", me.committee_id}});
    if (!m) throw AppError::unprocessable("qr_invalid");  // another committee's code, or made up
    if (is_cancelled(*m)) throw AppError::conflict("meeting_cancelled");
    const auto now = clock::now();
    const int64_t unix = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    switch (check_qr_token(m->s("qr_secret"), token, unix)) {
        case TokenState::invalid:
            throw AppError::unprocessable("qr_invalid");
        case TokenState::expired:
            throw AppError::unprocessable("qr_expired");
        case TokenState::ok:
            break;
    }
    auto inv = my_invitation(tx, me, *id);
    if (!inv) throw AppError(403, "meeting_not_invited", {{"title", m->s("title")}});
    if (inv->s("attendance") == "present") throw AppError::conflict("already_signed_in");
    const std::string now_iso = clock::iso(now);
    if (now_iso < m->s("signin_opens_at"))
        throw AppError::unprocessable("signin_not_open", {{"opens", cst_text(m->s("signin_opens_at"))}});
    if (now_iso > m->s("signin_closes_at"))
        throw AppError::unprocessable("signin_closed", {{"closes", cst_text(m->s("signin_closes_at"))}});
    tx.exec(
        "UPDATE meeting_invitees SET attendance = 'present', signed_in_at = :now, signed_in_by = 'qr' WHERE "
        "id = :id",
        {{"now", now_iso}, {"id", inv->i("id")}});
    sync_duty(tx, *m, invitee_row(tx, *id, inv->i("id")));
    audit::append(tx, actor, "meeting.signed_in", "meeting", std::to_string(*id),
                  {{"invitee", inv->s("name")}});
    tx.commit();
    return my_meeting(db, me, *id);
}

}  // namespace zhixie::meetings
