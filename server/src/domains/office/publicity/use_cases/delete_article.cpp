#include "audit/audit_log.hpp"
#include "domains/office/common.hpp"
#include "domains/office/publicity/publicity.hpp"

namespace zhixie::office::publicity {

void delete_article(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, int64_t id,
                    std::optional<int64_t> version) {
    auto tx = db.write();
    auto before = article_json(tx, me.committee_id, id);
    if (version) expect_version(before["version"].get<int64_t>(), *version);
    tx.exec("DELETE FROM office_articles WHERE id = :id", {{"id", id}});
    audit::append(tx, actor, "office_article.deleted", "office_article", std::to_string(id),
                  {{"before",
                    {{"title", before["title"]},
                     {"published_on", before["published_on"]},
                     {"author_name", before["author_name"]},
                     {"reward", before["reward"]}}}});
    tx.commit();
}

}  // namespace zhixie::office::publicity
