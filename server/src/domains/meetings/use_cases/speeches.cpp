#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/meetings/internal.hpp"
#include "services/duty/duty_records.hpp"
#include "services/files/attachments.hpp"

namespace zhixie::meetings {

nlohmann::json add_speech(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                          int64_t id, std::optional<int64_t> member_id, const std::string& speaker,
                          const std::string& title, const std::string& text) {
    auto tx = db.write();
    auto m = live_meeting_row(tx, me.committee_id, id);
    FieldErrors e;
    std::string name = speaker;
    if (member_id) {
        auto r = tx.one("SELECT name FROM members WHERE id = :id AND committee_id = :c",
                        {{"id", *member_id}, {"c", me.committee_id}});
        if (!r)
            e.add("member_id", "field_unknown_ref", {{"value", *member_id}});
        else if (name.empty())
            name = r->s("name");
    }
    check::required(e, "speaker", name, 50);
    check::required(e, "title", title, 200);
    if (text.size() > 200000) e.add("text", "field_too_long", {{"max", 50000}});
    e.throw_if_any(lang, labels());
    const int64_t sid = tx.insert(
        "INSERT INTO meeting_speeches (committee_id, meeting_id, member_id, speaker, title, text, "
        "created_at) "
        "VALUES (:c, :m, :member, :speaker, :title, :text, :now) RETURNING id",
        {{"c", me.committee_id},
         {"m", id},
         {"member", member_id ? storage::Value(*member_id) : storage::Value{}},
         {"speaker", name},
         {"title", title},
         {"text", text},
         {"now", clock::now_iso()}});
    if (member_id)
        duty::record(tx, {me.committee_id,
                          *member_id,
                          duty::kind::speech,
                          "meeting_speech",
                          sid,
                          cst_text(m.s("starts_at")).substr(0, 10),
                          "发言：" + title,
                          1.0,
                          "confirmed",
                          {{"meeting_id", id}, {"meeting", m.s("title")}}});
    audit::append(tx, actor, "meeting.speech_added", "meeting", std::to_string(id),
                  {{"speaker", name}, {"title", title}});
    tx.commit();
    return {{"id", sid},
            {"speaker", name},
            {"title", title},
            {"member_id", member_id ? nlohmann::json(*member_id) : nlohmann::json()}};
}

namespace {
// The owner must be this committee's meeting or deed.
void check_owner(storage::Tx& tx, int64_t committee_id, const std::string& kind, int64_t id) {
    const std::string table = kind == "meeting" ? "meetings" : "deeds";
    if (!tx.one("SELECT id FROM " + table + " WHERE id = :id AND committee_id = :c",
                {{"id", id}, {"c", committee_id}}))
        throw AppError::not_found();
}
}  // namespace

nlohmann::json add_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              const std::string& owner_kind, int64_t owner_id, const std::string& filename,
                              const std::string& bytes) {
    auto tx = db.write();
    check_owner(tx, me.committee_id, owner_kind, owner_id);
    const files::Owner owner{me.committee_id, owner_kind, owner_id};
    const int64_t fid = files::store(tx, owner, {filename, bytes, "staff", me.user_id});
    audit::append(tx, actor, owner_kind + ".attachment_added", owner_kind, std::to_string(owner_id),
                  {{"filename", filename}});
    auto list = files::list(tx, owner);
    tx.commit();
    for (const auto& f : list)
        if (f["id"] == fid) return f;
    return {{"id", fid}};
}

File get_attachment(storage::Db& db, const auth::Principal& me, int64_t attachment_id) {
    auto tx = db.read();
    for (const char* kind : {"meeting", "deed"})
        if (auto owner = files::owner_id(tx, me.committee_id, kind, attachment_id))
            if (auto f = files::load(tx, {me.committee_id, kind, *owner}, attachment_id))
                return {f->filename, f->content_type, std::move(f->content)};
    throw AppError::not_found();
}

}  // namespace zhixie::meetings
