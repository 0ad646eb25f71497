<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="22"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;Jawaban Anda:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="25"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="27"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>a number, for example 42</source>
        <translation>sebuah angka, mis. 42</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>hex digits, for example 0x1f</source>
        <translation>digit hex, mis. 0x1f</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="37"/>
        <source>an amount, for example 14.00</source>
        <translation>sebuah jumlah, mis. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="38"/>
        <source>type your answer</source>
        <translation>ketik jawaban Anda</translation>
    </message>
</context>
<context>
    <name>Blank</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="60"/>
        <source>Screen blanked; press any key to come back</source>
        <translation>Layar digelapkan; tekan tombol apa saja untuk kembali</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/checklist.py" line="87"/>
        <source>You can come back to this any time. Ticks stay on this computer to help you remember; they are never a score.</source>
        <translation>Anda bisa kembali ke sini kapan saja. Centang tetap tersimpan di komputer ini untuk membantu Anda mengingat; centang tidak pernah menjadi nilai.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="98"/>
        <source>Tick every answer that fits:</source>
        <translation>Centang setiap jawaban yang cocok:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="100"/>
        <source>Pick one answer:</source>
        <translation>Pilih satu jawaban:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="209"/>
        <source>✓ {answer}</source>
        <extracomment>Shown by “Show me”: an answer that fits, with a tick before it.</extracomment>
        <translation>✓ {answer}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="212"/>
        <source>{answer}, an answer that fits</source>
        <translation>{answer}, jawaban yang cocok</translation>
    </message>
</context>
<context>
    <name>ColoursMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="21"/>
        <source>&amp;Follow the system</source>
        <translation>&amp;Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="22"/>
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="24"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="32"/>
        <source>&amp;Colours</source>
        <translation>&amp;Warna</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="37"/>
        <source>C&amp;opy the {what}</source>
        <translation>&amp;Salin: {what}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="39"/>
        <source>Copy {what} {number} of {total}</source>
        <translation>Salin: {what} {number} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="58"/>
        <source>✓ Copied. Paste it with Ctrl+V.</source>
        <translation>✓ Sudah disalin. Tempel dengan Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="72"/>
        <source>The same note is saved in:
{path}</source>
        <translation>Catatan yang sama disimpan di:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="76"/>
        <source>This is a guest session, so the note is not saved.</source>
        <translation>Ini sesi tamu, jadi catatannya tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="84"/>
        <source>Something unexpected happened</source>
        <translation>Terjadi sesuatu yang tak terduga</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="87"/>
        <source>Holdspace ran into something it didn&apos;t expect. Your progress is safe, and you can carry on.</source>
        <translation>Holdspace menemui sesuatu yang tidak diduganya. Kemajuan Anda aman, dan Anda bisa melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="94"/>
        <source>If it happens again, “Copy details” puts a note for the people who make Holdspace on your clipboard.</source>
        <translation>Kalau terjadi lagi, “Salin rincian” menaruh catatan untuk pembuat Holdspace di papan klip Anda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Sudah disalin</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="112"/>
        <source>The details are on your clipboard.</source>
        <translation>Rinciannya ada di papan klip Anda.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="46"/>
        <source>Lesson explored</source>
        <translation>Pelajaran sudah dijelajahi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="68"/>
        <source>✓ You explored “{title}”.</source>
        <translation>✓ Anda sudah menjelajahi “{title}”.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="72"/>
        <source>What you can do now:</source>
        <translation>Yang kini bisa Anda lakukan:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="80"/>
        <source>When you feel ready, “{title}” comes next.</source>
        <translation>Saat Anda siap, berikutnya “{title}”.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="85"/>
        <source>Well done for taking the time. Come back to it whenever you like: there are no marks or scores here.</source>
        <translation>Terima kasih sudah meluangkan waktu. Kembalilah kapan saja: di sini tidak ada nilai atau skor.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="93"/>
        <source>You went through the whole guide.</source>
        <translation>Anda sudah menjelajahi seluruh panduan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="95"/>
        <source>Take the next step at your own pace. The guide is here whenever you need it: press F1 or “I think I made a mistake”.</source>
        <translation>Ambil langkah berikutnya sesuai kecepatan Anda. Panduan ini ada kapan pun Anda butuh: tekan F1 atau “Sepertinya saya membuat kesalahan”.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="35"/>
        <source>Your progress couldn&apos;t be saved just now</source>
        <translation>Kemajuan Anda belum bisa disimpan saat ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="36"/>
        <source>The lessons work as usual, and nothing you learned is lost. Holdspace will try again next time.</source>
        <translation>Pelajaran tetap berjalan seperti biasa, dan tidak ada yang Anda pelajari yang hilang. Holdspace akan mencoba lagi lain kali.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="44"/>
        <source>The file couldn&apos;t be used</source>
        <translation>Berkas itu belum bisa dipakai</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="45"/>
        <source>Holdspace couldn&apos;t read or write the file there. Try another folder.</source>
        <translation>Holdspace tidak bisa membaca atau menulis berkas di sana. Coba folder lain.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="50"/>
        <source>That didn&apos;t work this time</source>
        <translation>Kali ini belum berhasil</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="51"/>
        <source>Nothing is lost. You can try again, or go on with something else.</source>
        <translation>Tidak ada yang hilang. Anda bisa mencoba lagi, atau lanjut ke hal lain.</translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="69"/>
        <source>Practice explorer</source>
        <translation>Penjelajah latihan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="73"/>
        <source>PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is fetched, sent or live.</source>
        <translation>PENJELAJAH LATIHAN · salinan yang disimpan di dalam Holdspace. Tidak ada yang diambil, dikirim, atau langsung (live) di sini.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="80"/>
        <source>Practice explorer: nothing here is fetched or live</source>
        <translation>Penjelajah latihan: tidak ada yang diambil atau langsung di sini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="96"/>
        <source>Network:</source>
        <translation>Jaringan (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="103"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="251"/>
        <source>Practice explorer for {network}</source>
        <translation>Penjelajah latihan untuk {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="114"/>
        <source>Paste a TXID or an address</source>
        <translation>Tempel TXID atau alamat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="115"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="142"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="117"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="123"/>
        <source>Search the practice explorer</source>
        <translation>Cari di penjelajah latihan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="121"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="131"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="296"/>
        <source>Picked line:</source>
        <translation>Baris yang dipilih:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="133"/>
        <source>Value of the picked line (you can copy it)</source>
        <translation>Nilai baris yang dipilih (Anda bisa menyalinnya)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="141"/>
        <source>type what the page says</source>
        <translation>ketik apa yang tertulis di halaman</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;Jawaban Anda:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="336"/>
        <source>The line you picked: {line}. The question asks about another line.</source>
        <translation>Baris yang Anda pilih: {line}. Pertanyaannya tentang baris lain.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="18"/>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="19"/>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="20"/>
        <source>BNB Smart Chain</source>
        <translation>BNB Smart Chain</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="34"/>
        <source>Network</source>
        <extracomment>Field labels of a practice block explorer page (Network, Status, Block, Fee…). Real explorers show them in English: write your word with the English beside it, e.g. “Réseau (Network)”.</extracomment>
        <translation>Jaringan (Network)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="35"/>
        <source>Status</source>
        <translation>Status (Status)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="36"/>
        <source>Block</source>
        <translation>Blok (Block)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="37"/>
        <source>Confirmations</source>
        <translation>Konfirmasi (Confirmations)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="38"/>
        <source>Block hash</source>
        <translation>Hash blok (Block hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="39"/>
        <source>Time</source>
        <translation>Waktu (Time)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="40"/>
        <source>From</source>
        <translation>Dari (From)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="41"/>
        <source>To</source>
        <translation>Ke (To)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="42"/>
        <source>Total in</source>
        <translation>Total masuk (Total in)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="43"/>
        <source>Value</source>
        <translation>Nilai (Value)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="44"/>
        <source>Fee</source>
        <translation>Biaya (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="45"/>
        <source>Inputs</source>
        <translation>Input (Inputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="46"/>
        <source>Outputs</source>
        <translation>Output (Outputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="47"/>
        <source>Size</source>
        <translation>Ukuran (Size)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="48"/>
        <source>Gas limit</source>
        <translation>Batas gas (Gas limit)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="49"/>
        <source>Gas used</source>
        <translation>Gas terpakai (Gas used)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="50"/>
        <source>Gas price</source>
        <translation>Harga gas (Gas price)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="51"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="52"/>
        <source>Message</source>
        <translation>Pesan (Message)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="28"/>
        <source>Transaction hash</source>
        <translation>Hash transaksi (Transaction hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="30"/>
        <source>Transaction ID</source>
        <translation>ID transaksi (Transaction ID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="62"/>
        <source>✓ Confirmed</source>
        <translation>✓ Terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="64"/>
        <source>New coins (coinbase): there is no sender</source>
        <translation>Koin baru (coinbase): tidak ada pengirim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="70"/>
        <source>{count} (coinbase: spends nothing)</source>
        <translation>{count} (coinbase: tidak membelanjakan apa pun)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="162"/>
        <source>MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real network. It was written for practice.</source>
        <translation>CONTOH KARANGAN UNTUK BELAJAR · transaksi ini tidak ada di jaringan nyata mana pun. Ditulis untuk latihan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="168"/>
        <source>Made-up teaching example</source>
        <translation>Contoh karangan untuk belajar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="170"/>
        <source>Transaction details</source>
        <translation>Rincian transaksi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="191"/>
        <source>Address</source>
        <translation>Alamat (Address)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="194"/>
        <source>Transactions on {network} in this practice explorer:</source>
        <translation>Transaksi di {network} dalam penjelajah latihan ini:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="135"/>
        <source>Open transaction {start}…{end}</source>
        <translation>Buka transaksi {start}…{end}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="141"/>
        <source>Open transaction {txid}</source>
        <translation>Buka transaksi {txid}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="229"/>
        <source>✓ {network}</source>
        <translation>✓ {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="239"/>
        <source>Newest block on this practice explorer: {height} (a fixed number for practice, not today&apos;s)</source>
        <translation>Blok terbaru di penjelajah latihan ini: {height} (angka tetap untuk latihan, bukan angka hari ini)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="252"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="261"/>
        <source>Paste a TXID or an address into the search box, then press Enter.</source>
        <translation>Tempel TXID atau alamat ke kotak pencarian, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="260"/>
        <source>Nothing to search yet</source>
        <translation>Belum ada yang dicari</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="270"/>
        <source>Not found on {network}</source>
        <translation>Tidak ditemukan di {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="272"/>
        <source>Sorry, no transaction or address on {network} matches this search. (This practice explorer knows only a few transactions.)</source>
        <translation>Maaf, tidak ada transaksi atau alamat di {network} yang cocok dengan pencarian ini. (Penjelajah latihan ini hanya mengenal beberapa transaksi.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="294"/>
        <source>Picked line: {line}</source>
        <translation>Baris yang dipilih: {line}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="16"/>
        <source>✓ That&apos;s it.</source>
        <translation>✓ Itu dia.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation>✓ Ya, itu dia.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>≈ Close! Not quite yet. Have another look at the numbers.</source>
        <translation>≈ Hampir! Belum sepenuhnya. Coba lihat angkanya sekali lagi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ Sejauh ini bagus. Masih ada %n jawaban yang cocok untuk ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>↻ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation>↻ Belum. Itu jumlah yang sama, ditulis dengan angka sehari-hari; pertanyaannya meminta dalam hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>↻ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation>↻ Belum. Tidak apa-apa: mari kita lihat bersama.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>✎ Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation>✎ Santai saja. Ketik atau pilih jawaban kalau Anda sudah siap.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="46"/>
        <source>Hint {number} of {total}</source>
        <translation>Petunjuk {number} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation>Itu petunjuk terakhir. &quot;Tunjukkan&quot; selalu ada kapan pun Anda mau.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="54"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation>Itu tampak seperti frasa pemulihan, jadi tidak diperiksa atau disimpan. Tidak ada layanan sungguhan yang membutuhkan frasa pemulihan Anda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="60"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation>Ini dia. Melihat jawabannya juga cara belajar yang baik.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="68"/>
        <source>✎ I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation>✎ Saya belum bisa membaca itu sebagai hex. Hex memakai 0–9 dan a–f, seperti 1f atau 0x1f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="72"/>
        <source>✎ I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation>✎ Saya belum bisa membaca itu sebagai jumlah. Sesuatu seperti 14.00 atau $14 bisa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="76"/>
        <source>✎ I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation>✎ Saya belum bisa membaca itu sebagai angka. Sesuatu seperti 31 atau 21,000 bisa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="83"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation>Perlu petunjuk? Gratis, dan Anda bisa meminta sesering yang Anda mau.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="93"/>
        <source>Read the question once more, slowly. A hint is free ({hint_key}), and “Show me” shows the answer whenever you like ({show_key}).</source>
        <translation>Baca pertanyaannya sekali lagi, pelan-pelan. Petunjuk itu gratis ({hint_key}), dan “Tunjukkan” menampilkan jawabannya kapan pun Anda mau ({show_key}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="98"/>
        <source>Read the question once more, slowly. “Show me” shows the answer whenever you like ({show_key}), with a few words on why.</source>
        <translation>Baca pertanyaannya sekali lagi, pelan-pelan. “Tunjukkan” menampilkan jawabannya kapan pun Anda mau ({show_key}), dengan sedikit penjelasan alasannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="106"/>
        <source>**The answer:** {answer}</source>
        <translation>**Jawabannya:** {answer}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/feedback_panel.py" line="92"/>
        <source>Feedback</source>
        <translation>Tanggapan atas jawaban Anda</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="48"/>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="49"/>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="52"/>
        <source>Words you will meet in the lessons, in plain language. Type to find one.</source>
        <translation>Kata-kata yang akan Anda temui di pelajaran, dalam bahasa sederhana. Ketik untuk mencari.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="58"/>
        <source>Find a word, for example fee</source>
        <translation>Cari kata, mis. biaya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="59"/>
        <source>Find a word in the glossary</source>
        <translation>Cari kata di glosarium</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="60"/>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="67"/>
        <source>Terms</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="70"/>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="133"/>
        <source>Nothing in the glossary matches “{words}” yet.</source>
        <translation>Belum ada kata di glosarium yang cocok dengan “{words}”.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="144"/>
        <source>Perhaps you meant: {terms}</source>
        <translation>Mungkin maksud Anda: {terms}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="151"/>
        <source>You could try fewer letters, another spelling, or a word you met in a lesson.</source>
        <translation>Coba dengan lebih sedikit huruf, ejaan lain, atau kata yang Anda temui di pelajaran.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="156"/>
        <source>Show every word</source>
        <translation>Tampilkan semua kata</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/text.py" line="31"/>
        <source>[Left out: this looked like a recovery phrase, and phrases are never printed, practice or not.]</source>
        <translation>[Dihilangkan: ini tampak seperti frasa pemulihan, dan frasa tidak pernah dicetak, bahkan untuk latihan.]</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="98"/>
        <location filename="../../app/holdspace/gui/handout_print.py" line="105"/>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="123"/>
        <source>The PDF wasn&apos;t written</source>
        <translation>PDF tidak ditulis</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="124"/>
        <source>Holdspace couldn&apos;t write the file. Nothing else changed.</source>
        <translation>Holdspace tidak dapat menulis berkas itu. Tidak ada hal lain yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="130"/>
        <source>Saved {path}</source>
        <translation>Disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="141"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Facilitator sheet</source>
        <translation>Lembar fasilitator</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Handout</source>
        <translation>Lembar bawa pulang</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="73"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="82"/>
        <source>For the facilitator</source>
        <translation>Untuk fasilitator</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="86"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="62"/>
        <source>Timing:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="88"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="65"/>
        <source>about {minutes} minutes</source>
        <translation>sekitar {minutes} menit</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="95"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="74"/>
        <source>Objectives:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="106"/>
        <source>Words used in this lesson</source>
        <translation>Kata-kata dalam pelajaran ini</translation>
    </message>
</context>
<context>
    <name>HandoutChoice</name>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="38"/>
        <source>What would you like on paper?</source>
        <translation>Apa yang ingin Anda cetak?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="41"/>
        <source>This lesson: {title}</source>
        <translation>Pelajaran ini: {title}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="44"/>
        <source>Every lesson of “{pack}”</source>
        <translation>Semua pelajaran dari “{pack}”</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="53"/>
        <source>&amp;Facilitator sheet (with answers, hints, notes and timing)</source>
        <translation>Lembar &amp;fasilitator (dengan jawaban, petunjuk, catatan, dan waktu)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="56"/>
        <source>Leave this off for the learners&apos; handout: it never shows answers.</source>
        <translation>Biarkan tidak dicentang untuk lembar peserta: lembar itu tidak pernah menampilkan jawaban.</translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="93"/>
        <source>Hex playground</source>
        <translation>Bengkel hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>Hex box</source>
        <translation>Kotak hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>for example 0x5208</source>
        <translation>mis. 0x5208</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="103"/>
        <source>Everyday number box</source>
        <translation>Kotak angka sehari-hari</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="102"/>
        <source>for example 21000</source>
        <translation>mis. 21000</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="106"/>
        <source>He&amp;x:</source>
        <translation>He&amp;x:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="107"/>
        <source>&amp;Everyday number:</source>
        <translation>Angka &amp;sehari-hari:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="110"/>
        <source>⇄ &amp;Reverse byte order</source>
        <translation>⇄ B&amp;alik urutan byte</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="111"/>
        <source>Reverse byte order</source>
        <translation>Balik urutan byte</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="112"/>
        <source>Turn the bytes around: the last pair comes first</source>
        <translation>Balik byte-nya: pasangan terakhir jadi yang pertama</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="117"/>
        <source>Bytes</source>
        <extracomment>Heading of the line that shows the hex digits in pairs, one pair per byte.</extracomment>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="118"/>
        <source>What the playground says</source>
        <translation>Kata bengkel hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="119"/>
        <source>How to answer</source>
        <translation>Cara menjawab</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="130"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="154"/>
        <source>When the everyday box shows your answer, press Check (or Enter).</source>
        <translation>Saat kotak angka sehari-hari menunjukkan jawaban Anda, tekan Periksa (atau Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="155"/>
        <source>When the hex box shows your answer, press Check (or Enter).</source>
        <translation>Saat kotak hex menunjukkan jawaban Anda, tekan Periksa (atau Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="232"/>
        <source>= Both boxes hold the same value. As an everyday number it has {count} digits, far too many to be an amount: hex this long is an ID, like a TXID. IDs are compared, never counted with.</source>
        <translation>= Kedua kotak berisi nilai yang sama. Sebagai angka sehari-hari, nilainya punya {count} digit, terlalu banyak untuk sebuah jumlah: hex sepanjang ini adalah ID, seperti TXID. ID itu dibandingkan, tidak pernah dipakai untuk berhitung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>Berpasangan: {pairs} (%n byte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="298"/>
        <source>You reversed the digits, not the bytes. A byte is a pair of digits: keep each pair together and reverse the order of the pairs.</source>
        <translation>Anda membalik digitnya, bukan byte-nya. Satu byte adalah sepasang digit: biarkan setiap pasangan tetap utuh dan balik urutan pasangannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="303"/>
        <source>The hex box still shows the bytes in their first order. Press “Reverse byte order”, or write the pairs from last to first.</source>
        <translation>Kotak hex masih menampilkan byte dalam urutan awalnya. Tekan “Balik urutan byte”, atau tulis pasangannya dari yang terakhir ke yang pertama.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="225"/>
        <source>= Both boxes hold the same amount: {hex} is {number} in everyday numbers.</source>
        <translation>= Kedua kotak berisi jumlah yang sama: {hex} adalah {number} dalam angka sehari-hari.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="184"/>
        <source>↻ That is more digits than the playground works with. Try something shorter.</source>
        <translation>↻ Itu lebih banyak digit daripada yang bisa diolah bengkel ini. Coba yang lebih pendek.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="196"/>
        <source>↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.</source>
        <translation>↻ “{character}” bukan digit hex. Hex hanya memakai 0–9 dan a–f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="199"/>
        <source>↻ Hex uses only 0–9 and a–f, with 0x in front if you like.</source>
        <translation>↻ Hex hanya memakai 0–9 dan a–f, boleh dengan 0x di depan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="214"/>
        <source>↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.</source>
        <translation>↻ Kotak ini menerima digit sehari-hari 0–9. Huruf a–f masuk ke kotak hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="216"/>
        <source>↻ The playground works with whole numbers from 0 upwards.</source>
        <translation>↻ Bengkel ini bekerja dengan bilangan bulat mulai dari 0.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="218"/>
        <source>↻ Only whole numbers have a hex form here, like 21000.</source>
        <translation>↻ Di sini hanya bilangan bulat yang punya bentuk hex, seperti 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="219"/>
        <source>↻ Type digits 0–9, like 21000.</source>
        <translation>↻ Ketik digit 0–9, seperti 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="256"/>
        <source>(A 0 was put in front so the digits make whole pairs.)</source>
        <translation>(Sebuah 0 ditambahkan di depan supaya digitnya membentuk pasangan utuh.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="264"/>
        <source>↻ Type some hex first, then reverse its bytes.</source>
        <translation>↻ Ketik sedikit hex dulu, lalu balik urutan byte-nya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="272"/>
        <source>⇄ The bytes are now in the other order.</source>
        <translation>⇄ Byte-nya sekarang dalam urutan sebaliknya.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="121"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Selamat datang di Holdspace&lt;/h1&gt;&lt;p&gt;Santai saja. Tidak ada yang diberi batas waktu atau nilai di sini, Anda boleh mencoba sesering yang Anda mau, dan semuanya tetap di komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="138"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anda ingin mulai dari mana?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="148"/>
        <source>See &amp;all lessons</source>
        <translation>Lihat &amp;semua pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="149"/>
        <source>See all lessons</source>
        <translation>Lihat semua pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="210"/>
        <source>Getting your lessons ready…</source>
        <translation>Menyiapkan pelajaran Anda…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="218"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation>Sesi tamu: tidak ada yang Anda lakukan di sini yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="221"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation>Kemajuan Anda hanya disimpan di komputer ini. Anda bisa mengekspor atau melupakannya kapan saja dari menu Kemajuan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="260"/>
        <source>Pick up where you left off</source>
        <translation>Lanjutkan dari tempat terakhir</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="261"/>
        <source>“{title}”, step {number} of {total}</source>
        <translation>“{title}”, langkah {number} dari {total}</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="34"/>
        <source>Where you are in the lesson</source>
        <translation>Posisi Anda di pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="45"/>
        <source>The mistake guide</source>
        <translation>Panduan kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="50"/>
        <source>Lesson title</source>
        <translation>Judul pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="70"/>
        <source>Step {number} of {total}</source>
        <translation>Langkah {number} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="78"/>
        <source>This is the last step.</source>
        <translation>Ini langkah terakhir.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="80"/>
        <source>Coming next: something to try.</source>
        <translation>Berikutnya: sesuatu untuk dicoba.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="82"/>
        <source>Coming next: something to read.</source>
        <translation>Berikutnya: sesuatu untuk dibaca.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="107"/>
        <source>Explored</source>
        <extracomment>Shown where the step counter was, once the learner has gone through the lesson.</extracomment>
        <translation>Sudah dijelajahi</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="46"/>
        <source>Lesson text</source>
        <translation>Teks pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="63"/>
        <source>Facilitator notes</source>
        <translation>Catatan untuk pemandu</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="74"/>
        <source>The arrow keys scroll the page.</source>
        <translation>Tombol panah menggulir halaman.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="126"/>
        <source>Go through it &amp;again</source>
        <translation>&amp;Jelajahi lagi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="127"/>
        <source>Back to &amp;topics</source>
        <translation>&amp;Kembali ke topik</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Next &amp;lesson</source>
        <translation>Pe&amp;lajaran berikutnya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="98"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="36"/>
        <source>H&amp;int</source>
        <translation>Pet&amp;unjuk</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="40"/>
        <source>&amp;Show me</source>
        <translation>Tu&amp;njukkan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="103"/>
        <source>&amp;Check</source>
        <translation>Per&amp;iksa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="105"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="106"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation>Langkah sebelumnya (Page Up atau Alt+Kiri)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="107"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation>Langkah berikutnya (Page Down atau Alt+Kanan)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="108"/>
        <source>Check my answer (Enter)</source>
        <translation>Periksa jawaban saya (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="53"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="82"/>
        <source>Step {number} of {total}</source>
        <translation>Langkah {number} dari {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="245"/>
        <source>**Facilitator notes:** </source>
        <translation>**Catatan untuk pemandu:** </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="69"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Semua pelajaran&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Where you are</source>
        <translation>Posisi Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="77"/>
        <source>Lessons by topic</source>
        <translation>Pelajaran per topik</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="90"/>
        <source>About this lesson</source>
        <translation>Tentang pelajaran ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="97"/>
        <source>&amp;Open lesson</source>
        <translation>B&amp;uka pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="98"/>
        <source>Open lesson</source>
        <translation>Buka pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="123"/>
        <source>{pack} — {topic}</source>
        <extracomment>In the lesson list: a lesson pack&apos;s name, then one of its topic titles.</extracomment>
        <translation>{pack} — {topic}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="145"/>
        <source>in English for now</source>
        <translation>dalam bahasa Inggris untuk sementara</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="182"/>
        <source>⚠ can&apos;t open yet</source>
        <translation>⚠ belum bisa dibuka</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="191"/>
        <source>{pack}: not placed in a topic yet</source>
        <translation>{pack}: belum masuk topik mana pun</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="246"/>
        <source>new</source>
        <extracomment>A lesson&apos;s mark in the lesson list: not opened yet. A plain fact, never a judgement.</extracomment>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="248"/>
        <source>✓ explored</source>
        <translation>✓ sudah dijelajahi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="250"/>
        <source>in progress, step {number} of {total}</source>
        <translation>sedang berjalan, langkah {number} dari {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Sekitar %n menit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n langkah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="308"/>
        <source>After this lesson you can:</source>
        <translation>Setelah pelajaran ini Anda bisa:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="320"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation>Pelajaran ini belum bisa dibuka. Berkas pelajarannya perlu diperbaiki; semua pelajaran lain berjalan seperti biasa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="325"/>
        <source>For whoever wrote it:</source>
        <translation>Untuk penulisnya:</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="113"/>
        <source>▶ {line} (picked)</source>
        <translation>▶ {line} (dipilih)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/helpbar.py" line="33"/>
        <location filename="../../app/holdspace/gui/helpbar.py" line="35"/>
        <source>Help bar</source>
        <translation>Bilah bantuan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="63"/>
        <location filename="../../app/holdspace/gui/window.py" line="104"/>
        <source>Holdspace</source>
        <translation>Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="111"/>
        <source>Guest session</source>
        <translation>Sesi tamu</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="33"/>
        <source>&amp;File</source>
        <translation>Be&amp;rkas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="34"/>
        <source>&amp;Go</source>
        <translation>&amp;Pergi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="72"/>
        <source>&amp;Home</source>
        <translation>&amp;Beranda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="74"/>
        <source>All &amp;lessons</source>
        <translation>Semua &amp;pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>Teks lebih &amp;besar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="110"/>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="116"/>
        <source>&amp;Normal text size</source>
        <translation>Ukuran teks &amp;normal</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="90"/>
        <source>&amp;Open a lesson pack…</source>
        <translation>Buka &amp;paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="123"/>
        <source>F&amp;acilitator notes</source>
        <translation>&amp;Catatan untuk pemandu</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="36"/>
        <source>&amp;Progress</source>
        <translation>K&amp;emajuan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="79"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Ekspor kemajuan saya…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="82"/>
        <source>&amp;Forget my progress…</source>
        <translation>&amp;Lupakan kemajuan saya…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="47"/>
        <source>I think I made a &amp;mistake</source>
        <translation>Sepertinya saya membuat &amp;kesalahan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="51"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosarium</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="85"/>
        <source>&amp;About Holdspace</source>
        <translation>&amp;Tentang Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="56"/>
        <source>A calm guide for the first minutes (F1)</source>
        <translation>Panduan yang tenang untuk menit-menit pertama (F1)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="59"/>
        <source>Words from the lessons, in plain language (Ctrl+G)</source>
        <translation>Kata-kata dari pelajaran, dalam bahasa sederhana (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="348"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual.</source>
        <translation>Kemajuan Anda sedang tidak disimpan saat ini; pelajaran tetap berjalan seperti biasa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="381"/>
        <source>nowhere (guest session)</source>
        <translation>tidak di mana pun (sesi tamu)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/language.py" line="27"/>
        <source>Lan&amp;guage</source>
        <extracomment>The menu that lists languages, each written in its own words.</extracomment>
        <translation>Ba&amp;hasa</translation>
    </message>
</context>
<context>
    <name>MeetupMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="31"/>
        <source>&amp;Reload packs</source>
        <translation>&amp;Muat ulang paket</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="33"/>
        <source>Read the open lesson packs again from disk (Ctrl+R)</source>
        <translation>Baca lagi paket pelajaran yang terbuka dari disk (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="36"/>
        <source>Show only &amp;this pack</source>
        <translation>Tampilkan &amp;hanya paket ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="40"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="41"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="44"/>
        <source>&amp;Next person…</source>
        <translation>Orang &amp;berikutnya…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="47"/>
        <source>A fresh start for the next person on this laptop; nothing they do is saved</source>
        <translation>Awal baru untuk orang berikutnya di komputer ini; apa pun yang mereka lakukan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="62"/>
        <source>Open a lesson pack</source>
        <translation>Buka paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="64"/>
        <source>Lesson packs (pack.yaml *.zip)</source>
        <translation>Paket pelajaran (pack.yaml *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="26"/>
        <source>This pack can&apos;t open yet</source>
        <translation>Paket ini belum bisa dibuka</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="27"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation>Holdspace tidak dapat membaca paket pelajaran ini. Rincian di bawah menjelaskan apa yang perlu diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="82"/>
        <source>Lesson packs read again from disk.</source>
        <translation>Paket pelajaran dibaca lagi dari disk.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="98"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Sebuah paket pelajaran belum bisa dibuka</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="99"/>
        <source>A pack couldn&apos;t be read again. Every other lesson works as usual.</source>
        <translation>Sebuah paket tidak dapat dibaca lagi. Semua pelajaran lain berjalan seperti biasa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="146"/>
        <source>Ready for the next person?</source>
        <translation>Siap untuk orang berikutnya?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="148"/>
        <source>This closes the lesson on screen and starts a fresh guest session: the next person sees no one&apos;s progress, and nothing they do is saved. Progress saved on this computer before stays as it is.

Start fresh?</source>
        <translation>Ini menutup pelajaran di layar dan memulai sesi tamu baru: orang berikutnya tidak melihat kemajuan siapa pun, dan apa pun yang mereka lakukan tidak disimpan. Kemajuan yang sudah tersimpan di komputer ini tetap seperti adanya.

Mulai dari awal?</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="29"/>
        <source>Facilitator notes — Holdspace</source>
        <translation>Catatan fasilitator — Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="30"/>
        <source>Facilitator notes</source>
        <translation>Catatan fasilitator</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="34"/>
        <source>Facilitator notes for this step</source>
        <translation>Catatan fasilitator untuk langkah ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="53"/>
        <source>Open a lesson: its notes appear here, step by step.</source>
        <translation>Buka sebuah pelajaran: catatannya muncul di sini, langkah demi langkah.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="91"/>
        <source>No notes for this step.</source>
        <translation>Tidak ada catatan untuk langkah ini.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="246"/>
        <source>A fresh start for your progress</source>
        <translation>Awal baru untuk kemajuan Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="247"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{path}</source>
        <translation>Holdspace tidak bisa membaca kemajuan Anda yang tersimpan, jadi berkas itu disisihkan dan berkas baru dimulai. Tidak ada yang dihapus; berkas lama ada di sini:

{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="258"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation>Kemajuan tidak akan disimpan kali ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="259"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation>Holdspace tidak bisa menulis ke foldernya, jadi ini sesi tamu: semuanya berjalan, tetapi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="269"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Sebuah paket pelajaran belum bisa dibuka</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="270"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation>Satu paket pelajaran tidak bisa dibaca. Semua pelajaran lain berjalan seperti biasa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="21"/>
        <source>Export my progress</source>
        <translation>Ekspor kemajuan saya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="23"/>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>Export didn&apos;t finish</source>
        <translation>Ekspor belum selesai</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="34"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation>Berkas tidak bisa ditulis di sana. Coba folder lain.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="41"/>
        <source>Your progress is saved</source>
        <translation>Kemajuan Anda sudah disimpan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="42"/>
        <source>Your progress was saved to:

{file}</source>
        <translation>Kemajuan Anda disimpan di:

{file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="53"/>
        <source>Export my progress?</source>
        <translation>Ekspor kemajuan saya?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="54"/>
        <source>The file lists the lessons you opened and explored, where you paused, and your own checklist answers (for example, that you keep a paper backup). Tries and hints are in it only so Holdspace can help sooner; they are not a score.

Anyone who opens the file can read this, so keep it somewhere private.</source>
        <translation>Berkas ini mencatat pelajaran yang Anda buka dan jelajahi, tempat Anda berhenti, dan jawaban Anda sendiri di daftar periksa (misalnya, bahwa Anda menyimpan cadangan di kertas). Percobaan dan petunjuk ada di sana hanya agar Holdspace bisa membantu lebih cepat; itu bukan nilai.

Siapa pun yang membuka berkas ini bisa membacanya, jadi simpan di tempat yang pribadi.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="64"/>
        <source>Choose where to save…</source>
        <translation>Pilih tempat menyimpan…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="76"/>
        <source>Forget my progress?</source>
        <translation>Lupakan kemajuan saya?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="77"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation>Ini menghapus catatan pelajaran mana yang sudah Anda buka dan jelajahi di komputer ini. Pelajarannya sendiri tetap ada. Ini tidak bisa dibatalkan.

Lupakan kemajuan saya?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="93"/>
        <source>Your progress wasn&apos;t forgotten</source>
        <translation>Kemajuan Anda tidak dihapus</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="94"/>
        <source>Holdspace couldn&apos;t change its progress file just now, so nothing was cleared. Try again later.</source>
        <translation>Holdspace tidak bisa mengubah berkas kemajuannya saat ini, jadi tidak ada yang dihapus. Coba lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="31"/>
        <source>This link stays closed</source>
        <translation>Tautan ini tetap tertutup</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{address}</source>
        <translation>Holdspace hanya membuka tautan web yang aman (https). Tautan ini mengarah ke:

{address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="40"/>
        <source>Open a web page?</source>
        <translation>Buka halaman web?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="41"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{address}

Open it?</source>
        <translation>Ini akan membuka halaman di bawah di peramban Anda. Holdspace sendiri tidak pernah terhubung ke internet.

{address}

Buka?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="28"/>
        <source>This file is missing from this copy of Holdspace: {file}</source>
        <translation>Berkas ini tidak ada di salinan Holdspace ini: {file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="34"/>
        <source>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;If something goes astray, a note for the people who make Holdspace is kept here: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace is free software under the MIT licence. It is built on Qt, used under the LGPL version 3, and on the other projects named under “Third-party notices”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Pelajaran yang lembut untuk orang yang baru mengenal kripto: heksadesimal, penjelajah blockchain, untung dan rugi, serta menjaga kunci Anda sendiri tetap aman.&lt;/p&gt;&lt;p&gt;Tidak ada batas waktu atau nilai. Holdspace tidak pernah terhubung ke internet dan tidak pernah meminta frasa pemulihan.&lt;/p&gt;&lt;p&gt;Kemajuan Anda disimpan di sini: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Jika ada yang tidak berjalan seperti biasa, catatan untuk pembuat Holdspace disimpan di sini: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace adalah perangkat lunak bebas dengan lisensi MIT. Holdspace dibangun di atas Qt, yang digunakan dengan LGPL versi 3, dan di atas proyek lain yang disebut di “Pemberitahuan pihak ketiga”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="64"/>
        <source>About Holdspace</source>
        <translation>Tentang Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="75"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="76"/>
        <source>Third-party notices</source>
        <translation>Pemberitahuan pihak ketiga</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="77"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste an address or a TXID here (Ctrl+V)</source>
        <translation>Tempel alamat atau TXID di sini (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste box</source>
        <translation>Kotak tempel</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="107"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="121"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="108"/>
        <source>P&amp;aste here:</source>
        <translation>Te&amp;mpel di sini:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="109"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="136"/>
        <source>What Holdspace sees</source>
        <translation>Yang dilihat Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="143"/>
        <source>The address you meant</source>
        <translation>Alamat yang Anda maksud</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>Paste the address to compare (Ctrl+V)</source>
        <translation>Tempel alamat untuk dibandingkan (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>The address in the send box</source>
        <translation>Alamat di kotak kirim</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="125"/>
        <source>The address you &amp;meant:</source>
        <translation>Alamat yang Anda &amp;maksud:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="126"/>
        <source>The address in the sen&amp;d box:</source>
        <translation>Alamat di kotak &amp;kirim:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="127"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="174"/>
        <source>Practice note</source>
        <translation>Catatan latihan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="130"/>
        <source>PRACTICE: the send box starts with a made-up look-alike. It is not anyone&apos;s real address.</source>
        <translation>LATIHAN: kotak kirim diawali dengan alamat tiruan karangan. Itu bukan alamat asli siapa pun.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="145"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="145"/>
        <source>&lt;b&gt;The address you meant:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alamat yang Anda maksud:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="149"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="151"/>
        <source>Which of these is the same address? Compare every group of four.</source>
        <translation>Mana yang merupakan alamat yang sama? Bandingkan setiap kelompok empat karakter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="159"/>
        <source>Address &amp;{number}</source>
        <translation>Alamat &amp;{number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="161"/>
        <source>Address {number}: {address}</source>
        <translation>Alamat {number}: {address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="165"/>
        <source>Address {number}</source>
        <translation>Alamat {number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="177"/>
        <source>PRACTICE: all but one of these are look-alikes made up for this drill. None of them is a real address.</source>
        <translation>LATIHAN: semua kecuali satu adalah tiruan yang dikarang untuk latihan ini. Tidak satu pun alamat asli.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="212"/>
        <source>The clipboard was emptied too, so it can&apos;t be pasted again by accident.</source>
        <translation>Papan klip juga dikosongkan, jadi tidak bisa tertempel lagi tanpa sengaja.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="36"/>
        <source>↻ This looks like ordinary sentences, not an address or a TXID. Copy only the code itself: the Copy button beside it in the lesson takes exactly that.</source>
        <translation>↻ Ini tampak seperti kalimat biasa, bukan alamat atau TXID. Salin kodenya saja: tombol Salin di sebelahnya dalam pelajaran mengambil tepat itu.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="44"/>
        <source>&lt;b&gt;What it is:&lt;/b&gt; {kind}</source>
        <translation>&lt;b&gt;Apa ini:&lt;/b&gt; {kind}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="49"/>
        <source>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</source>
        <translation>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="55"/>
        <source>&lt;b&gt;Networks that use this format:&lt;/b&gt; {networks}</source>
        <translation>&lt;b&gt;Jaringan yang memakai format ini:&lt;/b&gt; {networks}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="62"/>
        <source>&lt;b&gt;In groups of four:&lt;/b&gt; {groups}</source>
        <translation>&lt;b&gt;Dalam kelompok empat:&lt;/b&gt; {groups}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="77"/>
        <source>↻ This form carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Bentuk ini tidak membawa checksum, jadi bandingkan dengan mata, kelompok demi kelompok.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="82"/>
        <source>✓ The checksum holds: no character was changed by accident.</source>
        <translation>✓ Checksum-nya cocok: tidak ada karakter yang berubah tanpa sengaja.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="86"/>
        <source>△ The checksum does not hold. A character may have changed or gone missing. Copy it again from the place you trust.</source>
        <translation>△ Checksum-nya tidak cocok. Mungkin ada karakter yang berubah atau hilang. Salin lagi dari tempat yang Anda percaya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="91"/>
        <source>↻ This kind of text carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Jenis teks ini tidak membawa checksum, jadi bandingkan dengan mata, kelompok demi kelompok.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="99"/>
        <source>A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).</source>
        <translation>Alamat Bitcoin jenis paling lama (P2PKH; diawali 1 di jaringan utama).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="103"/>
        <source>A Bitcoin script address (P2SH; it starts with 3 on the main network).</source>
        <translation>Alamat skrip Bitcoin (P2SH; diawali 3 di jaringan utama).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="107"/>
        <source>A Bitcoin SegWit address (P2WPKH; it starts with bc1q).</source>
        <translation>Alamat Bitcoin SegWit (P2WPKH; diawali bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="110"/>
        <source>A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).</source>
        <translation>Alamat skrip Bitcoin SegWit (P2WSH; yang panjang, diawali bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="114"/>
        <source>A Bitcoin Taproot address (P2TR; it starts with bc1p).</source>
        <translation>Alamat Bitcoin Taproot (P2TR; diawali bc1p).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="117"/>
        <source>A Bitcoin SegWit address of a newer kind that few wallets use yet.</source>
        <translation>Alamat Bitcoin SegWit jenis lebih baru yang belum banyak dipakai dompet.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="120"/>
        <source>An Ethereum-style address: 0x and 40 hex characters.</source>
        <translation>Alamat gaya Ethereum: 0x dan 40 karakter hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="123"/>
        <source>A Bitcoin transaction ID (TXID): 64 hex characters.</source>
        <translation>ID transaksi Bitcoin (TXID): 64 karakter hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="126"/>
        <source>An Ethereum-style transaction hash: 0x and 64 hex characters.</source>
        <translation>Hash transaksi gaya Ethereum: 0x dan 64 karakter hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="129"/>
        <source>A recovery phrase. Holdspace did not keep it and does not show it.</source>
        <translation>Frasa pemulihan. Holdspace tidak menyimpannya dan tidak menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="132"/>
        <source>A Bitcoin private key. Holdspace did not keep it and does not show it.</source>
        <translation>Kunci privat Bitcoin. Holdspace tidak menyimpannya dan tidak menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="136"/>
        <source>A number written in hex.</source>
        <translation>Angka yang ditulis dalam hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="139"/>
        <source>Nothing Holdspace recognises. It may be from another network, or part of it may be missing.</source>
        <translation>Tidak ada yang dikenali Holdspace. Mungkin dari jaringan lain, atau mungkin ada bagian yang hilang.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="149"/>
        <source>Spaces around it were left out: they are not part of it.</source>
        <translation>Spasi di sekitarnya dibuang: spasi itu bukan bagiannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="152"/>
        <source>Invisible characters were left out. They sometimes come along when copying from a web page.</source>
        <translation>Karakter tak terlihat dibuang. Karakter itu kadang ikut saat menyalin dari halaman web.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="157"/>
        <source>Spaces inside it were left out, as when it is written in groups.</source>
        <translation>Spasi di dalamnya dibuang, seperti saat ditulis dalam kelompok.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="160"/>
        <source>Only digits: this could be an everyday number or hex. Look for 0x or the letters a to f.</source>
        <translation>Hanya digit: ini bisa angka sehari-hari atau hex. Cari 0x atau huruf a sampai f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="165"/>
        <source>The mix of capital and small letters is a checksum (EIP-55), and it holds.</source>
        <translation>Campuran huruf besar dan kecil adalah checksum (EIP-55), dan checksum-nya cocok.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="169"/>
        <source>All small letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Semua huruf kecil: bentuk ini tidak punya checksum, jadi salah ketik tidak akan ketahuan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="173"/>
        <source>All capital letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Semua huruf besar: bentuk ini tidak punya checksum, jadi salah ketik tidak akan ketahuan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="177"/>
        <source>The checksum does not match: at least one character is not the one that was copied.</source>
        <translation>Checksum-nya tidak sesuai: setidaknya satu karakter bukan yang disalin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="181"/>
        <source>It carries the checksum of another SegWit version: a character near the start may have changed.</source>
        <translation>Ini membawa checksum versi SegWit lain: mungkin ada karakter dekat awal yang berubah.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="186"/>
        <source>It is longer or shorter than this kind of text: a character may be missing or extra.</source>
        <translation>Ini lebih panjang atau lebih pendek dari jenis teks ini: mungkin ada karakter yang hilang atau berlebih.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="190"/>
        <source>It holds a character this kind of text never uses.</source>
        <translation>Ini berisi karakter yang tidak pernah dipakai jenis teks ini.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="193"/>
        <source>It mixes capital and small letters, which this kind never does.</source>
        <translation>Ini mencampur huruf besar dan kecil, yang tidak pernah dilakukan jenis ini.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="196"/>
        <source>The last characters don&apos;t fit together: the end may have been cut.</source>
        <translation>Karakter terakhirnya tidak cocok satu sama lain: mungkin ujungnya terpotong.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="199"/>
        <source>The character after bc1 is not one a Bitcoin address uses.</source>
        <translation>Karakter setelah bc1 bukan karakter yang dipakai alamat Bitcoin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="202"/>
        <source>The start that names the network is missing.</source>
        <translation>Awalan yang menyebut jaringannya hilang.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="205"/>
        <source>It starts in a way Holdspace doesn&apos;t know.</source>
        <translation>Ini diawali dengan cara yang tidak dikenal Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="208"/>
        <source>Its first byte names no address type Holdspace knows.</source>
        <translation>Byte pertamanya tidak menunjuk jenis alamat yang dikenal Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="211"/>
        <source>The 0x at the start is missing. Wallets expect it.</source>
        <translation>0x di awal hilang. Dompet mengharapkannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="214"/>
        <source>This is for a test network. Coins there have no value.</source>
        <translation>Ini untuk jaringan uji. Koin di sana tidak bernilai.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="217"/>
        <source>A newer SegWit version: many wallets can&apos;t send to it yet.</source>
        <translation>Versi SegWit yang lebih baru: banyak dompet belum bisa mengirim ke sana.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="220"/>
        <source>The same address exists on every network in this list. Coins sent on one network stay on that network.</source>
        <translation>Alamat yang sama ada di setiap jaringan dalam daftar ini. Koin yang dikirim di satu jaringan tetap di jaringan itu.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="225"/>
        <source>Look it up on the explorer of the network it was sent on. Another network&apos;s explorer will say “not found”.</source>
        <translation>Cari di penjelajah jaringan tempat koin itu dikirim. Penjelajah jaringan lain akan bilang “not found” (tidak ditemukan).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="230"/>
        <source>Explorers show Bitcoin IDs with the bytes in reverse order. If one is not found, its bytes may be the other way round.</source>
        <translation>Penjelajah menampilkan ID Bitcoin dengan urutan byte terbalik. Kalau satu ID tidak ditemukan, mungkin byte-nya terbalik.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="235"/>
        <source>It starts with many zeros, like a block hash. Block hashes and TXIDs have the same shape.</source>
        <translation>Ini diawali banyak nol, seperti hash blok. Hash blok dan TXID punya bentuk yang sama.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="240"/>
        <source>A private key can have this same shape. If it came from a screen about keys or exports, keep it to yourself.</source>
        <translation>Kunci privat bisa punya bentuk yang sama. Kalau ini dari layar tentang kunci atau ekspor, simpan untuk diri sendiri.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="245"/>
        <source>Whoever has a private key can take the coins. Never share it. If you pasted it anywhere else, move the coins to a new wallet soon.</source>
        <translation>Siapa pun yang punya kunci privat bisa mengambil koinnya. Jangan pernah membagikannya. Kalau Anda menempelnya di tempat lain, segera pindahkan koin ke dompet baru.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="250"/>
        <source>No real service needs your recovery phrase. If you typed it into a website or a chat, move your coins to a new wallet with a new phrase today.</source>
        <translation>Tidak ada layanan sungguhan yang membutuhkan frasa pemulihan Anda. Kalau Anda mengetiknya di situs web atau obrolan, pindahkan koin Anda hari ini ke dompet baru dengan frasa baru.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="256"/>
        <source>The number of words is unusual for a recovery phrase.</source>
        <translation>Jumlah katanya tidak biasa untuk frasa pemulihan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="259"/>
        <source>Most of these words are recovery-phrase words. Keep them private; they were cleared from the box.</source>
        <translation>Sebagian besar kata ini adalah kata frasa pemulihan. Rahasiakan; kata-kata itu sudah dihapus dari kotak.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="264"/>
        <source>Holdspace did not keep it and does not show it.</source>
        <translation>Holdspace tidak menyimpannya dan tidak menampilkannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="230"/>
        <source>Put an address in both boxes to compare them.</source>
        <translation>Masukkan alamat ke kedua kotak untuk membandingkannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="241"/>
        <source>△ The first and last four characters match, but the middle does not. This is the trick of address poisoning: always compare the middle too.</source>
        <translation>△ Empat karakter pertama dan terakhir cocok, tetapi bagian tengahnya tidak. Inilah trik peracunan alamat (address poisoning): selalu bandingkan bagian tengahnya juga.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Meant:</source>
        <translation>Maksud:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Send box:</source>
        <translation>Kotak kirim:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="261"/>
        <source>Groups that differ are in [brackets]; the characters that differ are underlined.</source>
        <translation>Kelompok yang berbeda ada dalam [kurung siku]; karakter yang berbeda digarisbawahi.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="269"/>
        <source>✓ The same, character for character.</source>
        <translation>✓ Sama, karakter demi karakter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="273"/>
        <source>≈ Only capital and small letters differ. For this kind of text it is still the same.</source>
        <translation>≈ Hanya huruf besar dan kecil yang berbeda. Untuk jenis teks ini tetap sama.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="277"/>
        <source>≠ Only capital and small letters differ, and here that matters: treat them as different.</source>
        <translation>≠ Hanya huruf besar dan kecil yang berbeda, dan di sini itu penting: anggap keduanya berbeda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="282"/>
        <source>≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}.</source>
        <translation>≠ Tidak sama. Karakter yang berbeda: {count}. Kelompok tempatnya: {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="309"/>
        <source>Only capital and small letters differ, and here that matters: it is not the text meant.</source>
        <translation>Hanya huruf besar dan kecil yang berbeda, dan di sini itu penting: ini bukan teks yang dimaksud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n karakter berbeda dari teks yang dimaksud. Kelompok empat tempatnya: {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="323"/>
        <source>The first and last characters match and the middle does not: that is how look-alike addresses fool people.</source>
        <translation>Karakter pertama dan terakhir cocok tetapi bagian tengahnya tidak: begitulah alamat tiruan menipu orang.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="336"/>
        <source>✓ The same address.</source>
        <translation>✓ Alamat yang sama.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="340"/>
        <source>≠ A practice look-alike. Groups that differ: {groups}.</source>
        <translation>≠ Tiruan latihan. Kelompok yang berbeda: {groups}.</translation>
    </message>
</context>
<context>
    <name>PnlWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="63"/>
        <source>The trades: {trades}</source>
        <translation>Transaksi jual beli: {trades}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="68"/>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="130"/>
        <source>The working, line by line</source>
        <translation>Perhitungannya, baris demi baris</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="76"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;Jawaban Anda:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="78"/>
        <source>an amount, for example 14.00</source>
        <translation>sebuah jumlah, mis. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="79"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="81"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown: {method}</source>
        <translation>Rincian: {method}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="175"/>
        <source>{label}: {amount}.</source>
        <translation>{label}: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="179"/>
        <source>{label}: {amount}, which brings the total to {total}.</source>
        <translation>{label}: {amount}, sehingga totalnya menjadi {total}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="184"/>
        <source>Waterfall chart, from the expected profit to the actual one</source>
        <translation>Grafik air terjun, dari untung yang diharapkan ke untung sebenarnya</translation>
    </message>
</context>
<context>
    <name>PnlWords</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="69"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="131"/>
        <source>Price of one coin now: {price}</source>
        <translation>Harga satu koin sekarang: {price}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="80"/>
        <source>Trade</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="81"/>
        <source>Buy or sell</source>
        <translation>Beli atau jual</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="82"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="106"/>
        <source>How much</source>
        <translation>Berapa banyak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="83"/>
        <source>Price of one coin</source>
        <translation>Harga satu koin</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="84"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="120"/>
        <source>Fee</source>
        <translation>Biaya (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>buy</source>
        <extracomment>In the trades table, the Buy-or-sell column: one word, small letters.</extracomment>
        <translation>beli</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>sell</source>
        <translation>jual</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Buy</source>
        <translation>Beli (Buy)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Sell</source>
        <translation>Jual (Sell)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="107"/>
        <source>Price on the chart</source>
        <translation>Harga di grafik</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="112"/>
        <source>Price offered (ask for a buy, bid for a sell)</source>
        <translation>Harga yang ditawarkan (ask untuk beli, bid untuk jual)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="118"/>
        <source>Price the order filled at</source>
        <translation>Harga saat order terisi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="140"/>
        <source>Average cost</source>
        <translation>Biaya rata-rata</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="141"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (pertama masuk, pertama keluar)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="151"/>
        <source>Method: average cost. Every coin held costs the same: all that was paid, fees included, divided by the number of coins.</source>
        <translation>Metode: biaya rata-rata. Setiap koin yang dipegang berbiaya sama: semua yang dibayar, termasuk biaya, dibagi jumlah koin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="156"/>
        <source>Method: FIFO (first in, first out). The coins bought first are sold first.</source>
        <translation>Metode: FIFO (pertama masuk, pertama keluar). Koin yang dibeli lebih dulu dijual lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="161"/>
        <source>On the chart the price went from {buy} to {sell}. For {quantity} of a coin, that promised {amount}.</source>
        <translation>Di grafik harganya bergerak dari {buy} ke {sell}. Untuk {quantity} koin, itu menjanjikan {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="172"/>
        <source>Spread on the buy: the asking price was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Spread saat beli: harga ask-nya {quote}, bukan {seen} di grafik. {quantity} × selisihnya = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="177"/>
        <source>Spread on the sell: the bid was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Spread saat jual: harga bid-nya {quote}, bukan {seen} di grafik. {quantity} × selisihnya = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="190"/>
        <source>Slippage on the buy: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Slippage saat beli: order terisi di {fill}, bukan di {quote} yang ditawarkan. {quantity} × selisihnya = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="195"/>
        <source>Slippage on the sell: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Slippage saat jual: order terisi di {fill}, bukan di {quote} yang ditawarkan. {quantity} × selisihnya = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="211"/>
        <source>From the prices really paid and received, {buy} to {sell}: {amount} before fees.</source>
        <translation>Dari harga yang benar-benar dibayar dan diterima, {buy} ke {sell}: {amount} sebelum biaya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="217"/>
        <source>What the coins sold brought in, less what they cost, before fees: {amount}.</source>
        <translation>Hasil koin yang dijual, dikurangi biayanya, sebelum biaya transaksi: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="222"/>
        <source>Fee on the buy, for the coins still held (it is part of their cost): {amount}.</source>
        <translation>Biaya beli, untuk koin yang masih dipegang (bagian dari harga pokoknya): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="225"/>
        <source>Fee on the buy, for the coins sold: {amount}.</source>
        <translation>Biaya beli, untuk koin yang dijual: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="228"/>
        <source>Fee on the sell: {amount}.</source>
        <translation>Biaya jual: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="231"/>
        <source>Realised loss (sold, so it is fixed): {amount}.</source>
        <translation>Rugi terealisasi (sudah dijual, jadi sudah pasti): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="233"/>
        <source>Realised profit (sold, so it is fixed): {amount}.</source>
        <translation>Untung terealisasi (sudah dijual, jadi sudah pasti): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="237"/>
        <source>The {quantity} still held cost {paid} a coin before fees; the price now is {price}. The difference: {amount}.</source>
        <translation>{quantity} yang masih dipegang berharga {paid} per koin sebelum biaya; harga sekarang {price}. Selisihnya: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="248"/>
        <source>Unrealised loss, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Rugi belum terealisasi, di atas kertas pada {price}: {amount}. Angka ini bergerak mengikuti harga sampai Anda menjual.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="253"/>
        <source>Unrealised profit, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Untung belum terealisasi, di atas kertas pada {price}: {amount}. Angka ini bergerak mengikuti harga sampai Anda menjual.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="259"/>
        <source>Actual loss, after everything above: {amount}.</source>
        <translation>Rugi sebenarnya, setelah semua yang di atas: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="261"/>
        <source>Actual profit, after everything above: {amount}.</source>
        <translation>Untung sebenarnya, setelah semua yang di atas: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="270"/>
        <source>Expected</source>
        <extracomment>Short labels under the bars of the waterfall chart, from the expected profit to the actual one.</extracomment>
        <translation>Diharapkan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, buy</source>
        <translation>Spread, beli</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, sell</source>
        <translation>Spread, jual</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, buy</source>
        <translation>Slippage, beli</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, sell</source>
        <translation>Slippage, jual</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="273"/>
        <source>Before fees</source>
        <translation>Sebelum biaya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="274"/>
        <source>Buy fee, coins held</source>
        <translation>Biaya beli, koin dipegang</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="276"/>
        <source>Buy fee</source>
        <translation>Biaya beli</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="277"/>
        <source>Sell fee</source>
        <translation>Biaya jual</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="278"/>
        <source>Realised</source>
        <translation>Terealisasi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="279"/>
        <source>Price change, coins held</source>
        <translation>Perubahan harga, koin dipegang</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="280"/>
        <source>Unrealised</source>
        <translation>Belum terealisasi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="281"/>
        <source>Actual</source>
        <translation>Sebenarnya</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="75"/>
        <source>&amp;Presenter mode</source>
        <translation>Mode &amp;presentasi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="78"/>
        <source>Full screen with large type; Page Down/Up move on, B blanks the screen (F5)</source>
        <translation>Layar penuh dengan huruf besar; Page Down/Page Up untuk berpindah, B menggelapkan layar (F5)</translation>
    </message>
</context>
<context>
    <name>SeedPracticeWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="133"/>
        <source>PRACTICE phrase drill</source>
        <translation>Latihan frasa LATIHAN</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="154"/>
        <source>◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. It guards no coins, it is never saved, and it is gone when you leave this step.</source>
        <translation>◆ LATIHAN. Holdspace membuat frasa ini barusan, hanya untuk latihan. Frasa ini tidak menjaga koin apa pun, tidak pernah disimpan, dan hilang saat Anda meninggalkan langkah ini.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="159"/>
        <source>PRACTICE notice</source>
        <translation>Pemberitahuan LATIHAN</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="165"/>
        <source>First, look at it</source>
        <translation>Pertama, lihatlah</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="169"/>
        <source>Hold the button down to see the practice phrase. Let go, and it hides again. With the keyboard, hold the Space key on the button. If holding is hard, press Keep it shown, and press it again to hide the words.</source>
        <translation>Tahan tombolnya untuk melihat frasa latihan. Lepaskan, dan frasa itu tersembunyi lagi. Dengan papan ketik, tahan tombol Spasi pada tombol itu. Kalau menahan terasa sulit, tekan Biarkan terlihat, dan tekan lagi untuk menyembunyikan kata-katanya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="180"/>
        <source>Press and hold with the mouse, or hold the Space key. Let go to hide the words.</source>
        <translation>Tekan dan tahan dengan tetikus, atau tahan tombol Spasi. Lepaskan untuk menyembunyikan kata-katanya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="186"/>
        <source>&amp;Keep it shown</source>
        <translation>Bi&amp;arkan terlihat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="188"/>
        <source>Keep the PRACTICE phrase shown</source>
        <translation>Biarkan frasa LATIHAN terlihat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="190"/>
        <source>Shows the words without holding. Press again to hide them.</source>
        <translation>Menampilkan kata-kata tanpa menahan. Tekan lagi untuk menyembunyikannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="203"/>
        <source>PRACTICE PHRASE · not a real wallet</source>
        <translation>FRASA LATIHAN · bukan dompet sungguhan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="215"/>
        <source>Then, write it down</source>
        <translation>Lalu, tuliskan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="219"/>
        <source>Write the words on paper, by hand, each with its number. Hold the button again as often as you like to check each word. Never type a phrase into anything.</source>
        <translation>Tulis kata-katanya di kertas, dengan tangan, masing-masing dengan nomornya. Tahan tombolnya lagi sesering yang Anda mau untuk memeriksa setiap kata. Jangan pernah mengetik frasa ke perangkat apa pun.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="225"/>
        <source>I wrote it down on paper</source>
        <translation>Saya sudah menuliskannya di kertas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="226"/>
        <source>I wrote the PRACTICE phrase down on paper</source>
        <translation>Saya sudah menuliskan frasa LATIHAN di kertas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="234"/>
        <source>Look at your paper, not the screen, and type that one word.</source>
        <translation>Lihat kertas Anda, bukan layar, lalu ketik satu kata itu.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="238"/>
        <source>one word</source>
        <translation>satu kata</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="252"/>
        <source>Last, which was word {number}?</source>
        <translation>Terakhir, kata nomor {number} apa?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="255"/>
        <source>Word {number} of the PRACTICE phrase</source>
        <translation>Kata {number} dari frasa LATIHAN</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="307"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="323"/>
        <source>{number}. {word}</source>
        <extracomment>One numbered word of the practice phrase, e.g. “3. apple”. The words themselves stay in English (BIP-39).</extracomment>
        <translation>{number}. {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="309"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="358"/>
        <source>PRACTICE word {number}: {word}</source>
        <translation>Kata LATIHAN {number}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="312"/>
        <source>Showing the PRACTICE phrase (kept shown)</source>
        <translation>Frasa LATIHAN sedang ditampilkan (tetap ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="314"/>
        <source>Showing the PRACTICE phrase. Let go to hide it</source>
        <translation>Frasa LATIHAN sedang tampil. Lepaskan untuk menyembunyikannya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="316"/>
        <source>Showing the PRACTICE phrase</source>
        <translation>Frasa LATIHAN sedang tampil</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="317"/>
        <source>PRACTICE phrase, showing</source>
        <translation>Frasa LATIHAN, tampil</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="324"/>
        <source>PRACTICE word {number}, hidden</source>
        <translation>Kata LATIHAN {number}, tersembunyi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="325"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="326"/>
        <source>Hold to see the PRACTICE phrase</source>
        <translation>Tahan untuk melihat frasa LATIHAN</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="327"/>
        <source>PRACTICE phrase, hidden</source>
        <translation>Frasa LATIHAN, tersembunyi</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="353"/>
        <source>PRACTICE · word {number} is “{word}”.</source>
        <translation>LATIHAN · kata {number} adalah “{word}”.</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../app/holdspace/gui/step_marks.py" line="31"/>
        <source>Step {number} of {total}</source>
        <translation>Langkah {number} dari {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>%n langkah sudah dilihat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPrinter</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="69"/>
        <source>Tick every answer that fits:</source>
        <translation>Centang semua jawaban yang sesuai:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="71"/>
        <source>Tick one answer:</source>
        <translation>Centang satu jawaban:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="78"/>
        <source>a right answer</source>
        <translation>jawaban yang tepat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="110"/>
        <source>Use the practice explorer page printed at step {number}.</source>
        <translation>Gunakan halaman penjelajah latihan yang dicetak di langkah {number}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="120"/>
        <source>A practice explorer page (a teaching example, not a live record).</source>
        <translation>Halaman penjelajah latihan (contoh untuk belajar, bukan catatan langsung).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="123"/>
        <source>Circle the line that answers the question.</source>
        <translation>Lingkari baris yang menjawab pertanyaan.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="124"/>
        <source>Write what the page says:</source>
        <translation>Tulis apa yang tertera di halaman:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="125"/>
        <source>Find this transaction on the page.</source>
        <translation>Temukan transaksi ini di halaman.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Everyday number</source>
        <translation>Angka sehari-hari</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="203"/>
        <source>A backup card to fill in by hand, in pencil, at home. This sheet never holds a phrase: the app makes a fresh practice one on screen.</source>
        <translation>Kartu cadangan untuk diisi dengan tangan, memakai pensil, di rumah. Lembar ini tidak pernah memuat frasa: aplikasi membuat frasa latihan baru di layar.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="228"/>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="232"/>
        <source>Hint {number}:</source>
        <translation>Petunjuk {number}:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="238"/>
        <source>If someone says “{answer}”:</source>
        <translation>Jika seseorang berkata “{answer}”:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="247"/>
        <source>Explanation:</source>
        <translation>Penjelasan:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="254"/>
        <source>Facilitator notes:</source>
        <translation>Catatan untuk fasilitator:</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="65"/>
        <source>&amp;All terms…</source>
        <translation>&amp;Semua istilah…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="66"/>
        <source>Open the glossary</source>
        <translation>Buka glosarium</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="69"/>
        <source>Close</source>
        <extracomment>Button that closes a glossary card.</extracomment>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="70"/>
        <source>Close the explanation</source>
        <translation>Tutup penjelasan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="94"/>
        <source>Glossary: {term}</source>
        <translation>Glosarium: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="167"/>
        <source>, </source>
        <extracomment>Between the &quot;see also&quot; links (Arabic writes &quot;، &quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="171"/>
        <source>See also:</source>
        <translation>Lihat juga:</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="35"/>
        <source>This lesson is in English for now.</source>
        <extracomment>Above a lesson (and in the lesson list) when the learner&apos;s language has no translation of it yet.</extracomment>
        <translation>Pelajaran ini dalam bahasa Inggris untuk sementara.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="36"/>
        <source>This lesson is in its pack&apos;s first language for now ({language}).</source>
        <translation>Untuk sementara, pelajaran ini memakai bahasa pertama paketnya ({language}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="46"/>
        <source>In English: {term}</source>
        <extracomment>Under a translated glossary term: its name as English screens show it.</extracomment>
        <translation>Dalam bahasa Inggris: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="88"/>
        <source>About this lesson&apos;s language</source>
        <translation>Tentang bahasa pelajaran ini</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="90"/>
        <source>Show in English</source>
        <translation>Tampilkan dalam bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="93"/>
        <source>Show the English text of this step under it, to match words to the English screens of an app ({key})</source>
        <translation>Tampilkan teks bahasa Inggris dari langkah ini di bawahnya, untuk mencocokkan kata dengan layar aplikasi yang berbahasa Inggris ({key})</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="98"/>
        <source>Shows this step&apos;s English text under the translation</source>
        <translation>Menampilkan teks bahasa Inggris dari langkah ini di bawah terjemahannya</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="103"/>
        <source>The same step in English</source>
        <translation>Langkah yang sama dalam bahasa Inggris</translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="151"/>
        <source>We cleared that for you</source>
        <translation>Sudah kami hapus untuk Anda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="152"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Itu tampak seperti &lt;b&gt;frasa pemulihan&lt;/b&gt;, jadi Holdspace langsung menghapusnya. Frasa itu tidak disimpan di mana pun.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="158"/>
        <source>&lt;p&gt;Holdspace emptied the clipboard too, so it can&apos;t be pasted anywhere by accident. Copying any ordinary word afterwards is a good habit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Holdspace juga mengosongkan papan klip, jadi frasa itu tidak bisa tertempel di mana pun tanpa sengaja. Menyalin kata biasa sesudahnya adalah kebiasaan yang baik.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="163"/>
        <source>&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tidak ada layanan sungguhan yang membutuhkan frasa pemulihan Anda. Holdspace tidak pernah memintanya, dan tidak ada petugas dukungan, bursa, atau aplikasi yang seharusnya memintanya.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="168"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Kalau Anda mengetik frasa asli Anda di situs web, formulir, atau obrolan di tempat lain:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Berhenti, dan jangan mengetiknya di mana pun lagi.&lt;/li&gt;&lt;li&gt;Di perangkat yang Anda percaya, buat dompet baru dengan frasa baru.&lt;/li&gt;&lt;li&gt;Pindahkan koin Anda ke sana secepat mungkin.&lt;/li&gt;&lt;li&gt;Abaikan siapa pun yang menawarkan untuk &quot;memulihkan&quot; dana dengan bayaran.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="79"/>
        <source>Solid bar: a total, measured from zero.</source>
        <translation>Batang penuh: sebuah total, diukur dari nol.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="80"/>
        <source>Striped bar, with −: takes away from the total.</source>
        <translation>Batang bergaris, dengan −: mengurangi total.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="81"/>
        <source>Criss-cross bar, with +: adds to the total.</source>
        <translation>Batang bersilang, dengan +: menambah total.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="21"/>
        <source>Net&amp;work:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation, e.g. &quot;Red (Network)&quot;. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Jaringan (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="26"/>
        <source>A&amp;ddress:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Alamat (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="32"/>
        <source>&amp;Tag:</source>
        <extracomment>An exchange&apos;s word for the XRP destination tag, shown in English on many screens: keep &quot;Tag&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="34"/>
        <source>M&amp;emo:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Memo&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>M&amp;emo:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="39"/>
        <source>Am&amp;ount:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Amount&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>Ju&amp;mlah (Amount):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="44"/>
        <source>Network:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation.</extracomment>
        <translation>Jaringan (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="49"/>
        <source>Address:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation.</extracomment>
        <translation>Alamat (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="54"/>
        <source>Withdraw {asset} (practice form)</source>
        <extracomment>The title of the practice form; &quot;Withdraw&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Tarik {asset} (Withdraw): formulir latihan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="61"/>
        <source>Deposit {asset}: the receiving side&apos;s screen</source>
        <extracomment>&quot;Deposit&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Setor {asset} (Deposit): layar pihak penerima</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="68"/>
        <source>Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}</source>
        <extracomment>&quot;Network fee&quot; and &quot;Minimum withdrawal&quot; are the exchange&apos;s English words: keep them beside your translation.</extracomment>
        <translation>Biaya jaringan (Network fee): {fee} {asset} · Penarikan minimum (Minimum withdrawal): {minimum} {asset}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="83"/>
        <source>destination tag</source>
        <translation>tag tujuan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="84"/>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="95"/>
        <source>Network: none is picked yet. Pick the one the deposit screen names: {deposit}.</source>
        <translation>Jaringan: belum ada yang dipilih. Pilih yang disebut layar setoran: {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="102"/>
        <source>Address: it is not the one on the deposit screen. Coins sent there would go to whoever holds that address, and a transfer can&apos;t be undone. Copy it again from the deposit screen and compare it group by group.</source>
        <translation>Alamat: ini bukan alamat di layar setoran. Koin yang dikirim ke sana akan sampai ke pemilik alamat itu, dan transfer tidak bisa dibatalkan. Salin lagi dari layar setoran dan bandingkan kelompok demi kelompok.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="109"/>
        <source>The {memo} is missing. The coins would reach the exchange, but not your account: the exchange could not tell whose they are. Its support can often credit them after some checks; it may take days and cost a fee.</source>
        <translation>Tanpa {memo}, koin akan sampai ke bursa, tetapi tidak ke akun Anda: bursa tidak bisa tahu milik siapa koin itu. Dukungan bursa sering bisa mengkreditkannya setelah beberapa pemeriksaan; bisa makan waktu berhari-hari dan dikenai biaya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="116"/>
        <source>The {memo} is not the one on the deposit screen. The coins would reach the exchange with someone else&apos;s label, or one it doesn&apos;t know. Only the exchange&apos;s own support could sort it out.</source>
        <translation>Isian “{memo}” tidak sama dengan layar setoran. Koin akan sampai ke bursa dengan label orang lain, atau label yang tidak dikenalnya. Hanya dukungan resmi bursa yang bisa membereskannya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="127"/>
        <source>Network: you picked {picked}, and the deposit screen names {deposit}.</source>
        <translation>Jaringan: Anda memilih {picked}, dan layar setoran menyebut {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="134"/>
        <source>Here a real exchange would most likely refuse the address, because addresses on {picked} have another shape. Networks that share one address shape, such as Ethereum, BNB Smart Chain and Arbitrum One, give no such warning: choose the network by its name.</source>
        <translation>Di sini bursa sungguhan kemungkinan besar akan menolak alamat itu, karena alamat di {picked} punya bentuk lain. Jaringan yang berbagi bentuk alamat yang sama, seperti Ethereum, BNB Smart Chain, dan Arbitrum One, tidak memberi peringatan itu: pilih jaringan berdasarkan namanya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="144"/>
        <source>The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the keys to that address on {picked} could move them. Getting them back is often slow and costly, and sometimes impossible.</source>
        <translation>Koin akan tiba di {picked}, jaringan yang tidak dipantau penerima. Hanya pemegang kunci alamat itu di {picked} yang bisa memindahkannya. Mendapatkannya kembali sering lambat dan mahal, dan kadang mustahil.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="155"/>
        <source>Amount: the box is empty yet.</source>
        <translation>Jumlah: kotaknya masih kosong.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="157"/>
        <source>Amount: I couldn&apos;t read that as an amount yet. Something like 50 or 12.5 works.</source>
        <translation>Jumlah: saya belum bisa membacanya sebagai jumlah. Sesuatu seperti 50 atau 12,5 bisa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="162"/>
        <source>Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The exchange would not send it.</source>
        <translation>Jumlah: biaya jaringan di sini {fee} {asset}, jadi tidak ada yang tersisa untuk sampai. Bursa tidak akan mengirimnya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="168"/>
        <source>Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not send less; nothing leaves your account.</source>
        <translation>Jumlah: penarikan minimum di jaringan ini {minimum} {asset}. Bursa tidak akan mengirim kurang dari itu; tidak ada yang keluar dari akun Anda.</translation>
    </message>
</context>
<context>
    <name>WithdrawalWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="170"/>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="43"/>
        <source>&lt;b&gt;PRACTICE:&lt;/b&gt; a made-up exchange. Nothing here is sent anywhere, and every address is made up, so it can&apos;t receive coins.</source>
        <translation>&lt;b&gt;LATIHAN:&lt;/b&gt; bursa rekaan. Tidak ada yang dikirim ke mana pun, dan setiap alamat di sini rekaan, jadi tidak bisa menerima koin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="76"/>
        <source>Clear the box</source>
        <translation>Kosongkan kotak</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="88"/>
        <source>Deposit address</source>
        <translation>Alamat setoran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="96"/>
        <source>Deposit {memo}</source>
        <translation>Setoran: {memo}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="104"/>
        <source>△ Required: without the {memo}, the exchange can&apos;t tell that the deposit is yours.</source>
        <translation>△ Wajib: tanpa {memo}, bursa tidak bisa tahu bahwa setoran itu milik Anda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="117"/>
        <source>Choose a network</source>
        <translation>Pilih jaringan</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="124"/>
        <source>Paste the address from the deposit screen</source>
        <translation>Tempel alamat dari layar setoran</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="126"/>
        <source>About the address</source>
        <translation>Tentang alamat</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="136"/>
        <source>for example {amount}</source>
        <translation>misalnya {amount}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="141"/>
        <source>Fee and minimum</source>
        <translation>Biaya dan minimum</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="164"/>
        <source>△ This is not shaped like an address on {network}. A real exchange would refuse it on this network.</source>
        <translation>△ Ini tidak berbentuk alamat di {network}. Bursa sungguhan akan menolaknya di jaringan ini.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="170"/>
        <source>Pick a network to see its fee and minimum.</source>
        <translation>Pilih jaringan untuk melihat biaya dan minimumnya.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="178"/>
        <source>The receiving side would get: {amount} {asset}</source>
        <translation>Pihak penerima akan mendapat: {amount} {asset}</translation>
    </message>
</context>
</TS>
