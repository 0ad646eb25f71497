<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="22"/>
        <source>Your &amp;answer:</source>
        <translation>Sua &amp;resposta:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="25"/>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="27"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>a number, for example 42</source>
        <translation>um número, por ex. 42</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>hex digits, for example 0x1f</source>
        <translation>dígitos hex, por ex. 0x1f</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="37"/>
        <source>an amount, for example 14.00</source>
        <translation>um valor, por ex. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="38"/>
        <source>type your answer</source>
        <translation>digite sua resposta</translation>
    </message>
</context>
<context>
    <name>Blank</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="60"/>
        <source>Screen blanked; press any key to come back</source>
        <translation>Tela apagada; pressione qualquer tecla para voltar</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/checklist.py" line="87"/>
        <source>You can come back to this any time. Ticks stay on this computer to help you remember; they are never a score.</source>
        <translation>Você pode voltar aqui quando quiser. As marcações ficam neste computador para ajudar você a lembrar; nunca são uma nota.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="98"/>
        <source>Tick every answer that fits:</source>
        <translation>Marque cada resposta que combina:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="100"/>
        <source>Pick one answer:</source>
        <translation>Escolha uma resposta:</translation>
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
        <translation>{answer}, uma resposta que combina</translation>
    </message>
</context>
<context>
    <name>ColoursMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="21"/>
        <source>&amp;Follow the system</source>
        <translation>&amp;Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="22"/>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="24"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="32"/>
        <source>&amp;Colours</source>
        <translation>C&amp;ores</translation>
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
        <translation>endereço</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="37"/>
        <source>C&amp;opy the {what}</source>
        <translation>&amp;Copiar: {what}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="39"/>
        <source>Copy {what} {number} of {total}</source>
        <translation>Copiar: {what} {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="58"/>
        <source>✓ Copied. Paste it with Ctrl+V.</source>
        <translation>✓ Copiado. Cole com Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="72"/>
        <source>The same note is saved in:
{path}</source>
        <translation>A mesma nota fica salva em:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="76"/>
        <source>This is a guest session, so the note is not saved.</source>
        <translation>Esta é uma sessão de convidado, então a nota não é salva.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="84"/>
        <source>Something unexpected happened</source>
        <translation>Aconteceu algo inesperado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="87"/>
        <source>Holdspace ran into something it didn&apos;t expect. Your progress is safe, and you can carry on.</source>
        <translation>O Holdspace encontrou algo que não esperava. Seu progresso está seguro, e você pode continuar.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="94"/>
        <source>If it happens again, “Copy details” puts a note for the people who make Holdspace on your clipboard.</source>
        <translation>Se acontecer de novo, “Copiar detalhes” coloca na sua área de transferência uma nota para as pessoas que fazem o Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="112"/>
        <source>The details are on your clipboard.</source>
        <translation>Os detalhes estão na sua área de transferência.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="46"/>
        <source>Lesson explored</source>
        <translation>Lição percorrida</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="68"/>
        <source>✓ You explored “{title}”.</source>
        <translation>✓ Você percorreu “{title}”.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="72"/>
        <source>What you can do now:</source>
        <translation>O que você já consegue fazer:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="80"/>
        <source>When you feel ready, “{title}” comes next.</source>
        <translation>Quando se sentir pronto, “{title}” vem a seguir.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="85"/>
        <source>Well done for taking the time. Come back to it whenever you like: there are no marks or scores here.</source>
        <translation>Obrigado por dedicar esse tempo. Volte quando quiser: aqui não há notas nem pontuações.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="93"/>
        <source>You went through the whole guide.</source>
        <translation>Você percorreu o guia inteiro.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="95"/>
        <source>Take the next step at your own pace. The guide is here whenever you need it: press F1 or “I think I made a mistake”.</source>
        <translation>Dê o próximo passo no seu ritmo. O guia está aqui sempre que precisar: pressione F1 ou “Acho que cometi um erro”.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="35"/>
        <source>Your progress couldn&apos;t be saved just now</source>
        <translation>Não deu para salvar seu progresso agora</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="36"/>
        <source>The lessons work as usual, and nothing you learned is lost. Holdspace will try again next time.</source>
        <translation>As lições funcionam como sempre, e nada do que você aprendeu se perde. O Holdspace tenta de novo da próxima vez.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="44"/>
        <source>The file couldn&apos;t be used</source>
        <translation>Não deu para usar o arquivo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="45"/>
        <source>Holdspace couldn&apos;t read or write the file there. Try another folder.</source>
        <translation>O Holdspace não conseguiu ler nem gravar o arquivo ali. Tente outra pasta.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="50"/>
        <source>That didn&apos;t work this time</source>
        <translation>Desta vez não funcionou</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="51"/>
        <source>Nothing is lost. You can try again, or go on with something else.</source>
        <translation>Nada se perdeu. Você pode tentar de novo ou seguir com outra coisa.</translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="69"/>
        <source>Practice explorer</source>
        <translation>Explorador de prática</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="73"/>
        <source>PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is fetched, sent or live.</source>
        <translation>EXPLORADOR DE PRÁTICA · uma cópia guardada dentro do Holdspace. Nada aqui é baixado, enviado ou ao vivo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="80"/>
        <source>Practice explorer: nothing here is fetched or live</source>
        <translation>Explorador de prática: nada aqui é baixado ou ao vivo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="96"/>
        <source>Network:</source>
        <translation>Rede (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="103"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="251"/>
        <source>Practice explorer for {network}</source>
        <translation>Explorador de prática para {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="114"/>
        <source>Paste a TXID or an address</source>
        <translation>Cole um TXID ou um endereço</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="115"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="142"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="117"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="123"/>
        <source>Search the practice explorer</source>
        <translation>Buscar no explorador de prática</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="121"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="131"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="296"/>
        <source>Picked line:</source>
        <translation>Linha escolhida:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="133"/>
        <source>Value of the picked line (you can copy it)</source>
        <translation>Valor da linha escolhida (você pode copiá-lo)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="141"/>
        <source>type what the page says</source>
        <translation>digite o que a página diz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your &amp;answer:</source>
        <translation>Sua &amp;resposta:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="336"/>
        <source>The line you picked: {line}. The question asks about another line.</source>
        <translation>A linha que você escolheu: {line}. A pergunta é sobre outra linha.</translation>
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
        <translation>Rede (Network)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="35"/>
        <source>Status</source>
        <translation>Status (Status)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="36"/>
        <source>Block</source>
        <translation>Bloco (Block)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="37"/>
        <source>Confirmations</source>
        <translation>Confirmações (Confirmations)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="38"/>
        <source>Block hash</source>
        <translation>Hash do bloco (Block hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="39"/>
        <source>Time</source>
        <translation>Hora (Time)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="40"/>
        <source>From</source>
        <translation>De (From)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="41"/>
        <source>To</source>
        <translation>Para (To)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="42"/>
        <source>Total in</source>
        <translation>Total de entrada (Total in)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="43"/>
        <source>Value</source>
        <translation>Valor (Value)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="44"/>
        <source>Fee</source>
        <translation>Taxa (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="45"/>
        <source>Inputs</source>
        <translation>Entradas (Inputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="46"/>
        <source>Outputs</source>
        <translation>Saídas (Outputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="47"/>
        <source>Size</source>
        <translation>Tamanho (Size)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="48"/>
        <source>Gas limit</source>
        <translation>Limite de gas (Gas limit)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="49"/>
        <source>Gas used</source>
        <translation>Gas usado (Gas used)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="50"/>
        <source>Gas price</source>
        <translation>Preço do gas (Gas price)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="51"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="52"/>
        <source>Message</source>
        <translation>Mensagem (Message)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="28"/>
        <source>Transaction hash</source>
        <translation>Hash da transação (Transaction hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="30"/>
        <source>Transaction ID</source>
        <translation>ID da transação (Transaction ID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="62"/>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmada</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="64"/>
        <source>New coins (coinbase): there is no sender</source>
        <translation>Moedas novas (coinbase): não há remetente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="70"/>
        <source>{count} (coinbase: spends nothing)</source>
        <translation>{count} (coinbase: não gasta nada)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="162"/>
        <source>MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real network. It was written for practice.</source>
        <translation>EXEMPLO INVENTADO PARA ESTUDO · esta transação não existe em nenhuma rede real. Foi escrita para praticar.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="168"/>
        <source>Made-up teaching example</source>
        <translation>Exemplo inventado para estudo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="170"/>
        <source>Transaction details</source>
        <translation>Detalhes da transação</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="191"/>
        <source>Address</source>
        <translation>Endereço (Address)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="194"/>
        <source>Transactions on {network} in this practice explorer:</source>
        <translation>Transações na {network} neste explorador de prática:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="135"/>
        <source>Open transaction {start}…{end}</source>
        <translation>Abrir a transação {start}…{end}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="141"/>
        <source>Open transaction {txid}</source>
        <translation>Abrir a transação {txid}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="229"/>
        <source>✓ {network}</source>
        <translation>✓ {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="239"/>
        <source>Newest block on this practice explorer: {height} (a fixed number for practice, not today&apos;s)</source>
        <translation>Bloco mais recente neste explorador de prática: {height} (um número fixo para praticar, não o de hoje)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="252"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="261"/>
        <source>Paste a TXID or an address into the search box, then press Enter.</source>
        <translation>Cole um TXID ou um endereço no campo de busca e pressione Enter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="260"/>
        <source>Nothing to search yet</source>
        <translation>Ainda não há nada para buscar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="270"/>
        <source>Not found on {network}</source>
        <translation>Não encontrado na {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="272"/>
        <source>Sorry, no transaction or address on {network} matches this search. (This practice explorer knows only a few transactions.)</source>
        <translation>Desculpe, nenhuma transação ou endereço na {network} corresponde a esta busca. (Este explorador de prática conhece só algumas transações.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="294"/>
        <source>Picked line: {line}</source>
        <translation>Linha escolhida: {line}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="16"/>
        <source>✓ That&apos;s it.</source>
        <translation>✓ É isso.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation>✓ Sim, é isso.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>≈ Close! Not quite yet. Have another look at the numbers.</source>
        <translation>≈ Quase! Ainda não. Olhe os números mais uma vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ Indo bem. Falta %n resposta que combina.</numerusform>
            <numerusform>≈ Indo bem. Faltam %n respostas que combinam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>↻ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation>↻ Ainda não. Esse é o mesmo valor escrito em números do dia a dia; a pergunta pede em hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>↻ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation>↻ Ainda não. Tudo bem: vamos olhar juntos.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>✎ Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation>✎ Sem pressa. Digite ou escolha uma resposta quando quiser.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="46"/>
        <source>Hint {number} of {total}</source>
        <translation>Dica {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation>Essa foi a última dica. &quot;Mostre-me&quot; está aqui sempre que você quiser.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="54"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation>Isso parecia uma frase de recuperação, então não foi verificado nem guardado. Nenhum serviço de verdade precisa da sua frase de recuperação.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="60"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation>Aqui está. Ver a resposta também é um bom jeito de aprender.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="68"/>
        <source>✎ I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation>✎ Ainda não consegui ler isso como hex. Hex usa 0–9 e a–f, como 1f ou 0x1f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="72"/>
        <source>✎ I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation>✎ Ainda não consegui ler isso como um valor. Algo como 14.00 ou $14 funciona.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="76"/>
        <source>✎ I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation>✎ Ainda não consegui ler isso como um número. Algo como 31 ou 21,000 funciona.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="83"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation>Uma dica ajudaria? É grátis, e você pode pedir quantas vezes quiser.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="93"/>
        <source>Read the question once more, slowly. A hint is free ({hint_key}), and “Show me” shows the answer whenever you like ({show_key}).</source>
        <translation>Leia a pergunta mais uma vez, com calma. Uma dica é grátis ({hint_key}), e “Mostre-me” mostra a resposta quando você quiser ({show_key}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="98"/>
        <source>Read the question once more, slowly. “Show me” shows the answer whenever you like ({show_key}), with a few words on why.</source>
        <translation>Leia a pergunta mais uma vez, com calma. “Mostre-me” mostra a resposta quando você quiser ({show_key}), com algumas palavras sobre o porquê.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="106"/>
        <source>**The answer:** {answer}</source>
        <translation>**A resposta:** {answer}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/feedback_panel.py" line="92"/>
        <source>Feedback</source>
        <translation>Retorno sobre sua resposta</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="48"/>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="49"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="52"/>
        <source>Words you will meet in the lessons, in plain language. Type to find one.</source>
        <translation>Palavras que você vai encontrar nas lições, em linguagem simples. Digite para achar uma.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="58"/>
        <source>Find a word, for example fee</source>
        <translation>Ache uma palavra, por ex. taxa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="59"/>
        <source>Find a word in the glossary</source>
        <translation>Achar uma palavra no glossário</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="60"/>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="67"/>
        <source>Terms</source>
        <translation>Termos</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="70"/>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="133"/>
        <source>Nothing in the glossary matches “{words}” yet.</source>
        <translation>Nada no glossário corresponde a “{words}” ainda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="144"/>
        <source>Perhaps you meant: {terms}</source>
        <translation>Você quis dizer: {terms}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="151"/>
        <source>You could try fewer letters, another spelling, or a word you met in a lesson.</source>
        <translation>Você pode tentar menos letras, outra grafia ou uma palavra que viu em uma lição.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="156"/>
        <source>Show every word</source>
        <translation>Mostrar todas as palavras</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/text.py" line="31"/>
        <source>[Left out: this looked like a recovery phrase, and phrases are never printed, practice or not.]</source>
        <translation>[Omitido: parecia uma frase de recuperação, e uma frase nunca é impressa, nem para praticar.]</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="98"/>
        <location filename="../../app/holdspace/gui/handout_print.py" line="105"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="123"/>
        <source>The PDF wasn&apos;t written</source>
        <translation>O PDF não foi gravado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="124"/>
        <source>Holdspace couldn&apos;t write the file. Nothing else changed.</source>
        <translation>O Holdspace não conseguiu gravar o arquivo. Nada mais mudou.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="130"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="141"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Facilitator sheet</source>
        <translation>Folha de quem conduz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Handout</source>
        <translation>Folha para levar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="73"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="82"/>
        <source>For the facilitator</source>
        <translation>Para quem conduz a aula</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="86"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="62"/>
        <source>Timing:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="88"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="65"/>
        <source>about {minutes} minutes</source>
        <translation>cerca de {minutes} minutos</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="95"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="74"/>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="106"/>
        <source>Words used in this lesson</source>
        <translation>Palavras usadas nesta lição</translation>
    </message>
</context>
<context>
    <name>HandoutChoice</name>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="38"/>
        <source>What would you like on paper?</source>
        <translation>O que você quer colocar no papel?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="41"/>
        <source>This lesson: {title}</source>
        <translation>Esta lição: {title}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="44"/>
        <source>Every lesson of “{pack}”</source>
        <translation>Todas as lições de “{pack}”</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="53"/>
        <source>&amp;Facilitator sheet (with answers, hints, notes and timing)</source>
        <translation>Folha de quem &amp;conduz (com respostas, dicas, notas e duração)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="56"/>
        <source>Leave this off for the learners&apos; handout: it never shows answers.</source>
        <translation>Deixe desmarcado para a folha dos participantes: ela nunca mostra respostas.</translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="93"/>
        <source>Hex playground</source>
        <translation>Oficina hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>Hex box</source>
        <translation>Campo hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>for example 0x5208</source>
        <translation>por ex. 0x5208</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="103"/>
        <source>Everyday number box</source>
        <translation>Campo de números do dia a dia</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="102"/>
        <source>for example 21000</source>
        <translation>por ex. 21000</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="106"/>
        <source>He&amp;x:</source>
        <translation>&amp;Hex:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="107"/>
        <source>&amp;Everyday number:</source>
        <translation>N&amp;úmero do dia a dia:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="110"/>
        <source>⇄ &amp;Reverse byte order</source>
        <translation>⇄ Inverter a &amp;ordem dos bytes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="111"/>
        <source>Reverse byte order</source>
        <translation>Inverter a ordem dos bytes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="112"/>
        <source>Turn the bytes around: the last pair comes first</source>
        <translation>Virar os bytes: o último par vem primeiro</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="117"/>
        <source>Bytes</source>
        <extracomment>Heading of the line that shows the hex digits in pairs, one pair per byte.</extracomment>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="118"/>
        <source>What the playground says</source>
        <translation>O que a oficina diz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="119"/>
        <source>How to answer</source>
        <translation>Como responder</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="130"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="154"/>
        <source>When the everyday box shows your answer, press Check (or Enter).</source>
        <translation>Quando o campo do dia a dia mostrar sua resposta, pressione Verificar (ou Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="155"/>
        <source>When the hex box shows your answer, press Check (or Enter).</source>
        <translation>Quando o campo hex mostrar sua resposta, pressione Verificar (ou Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="232"/>
        <source>= Both boxes hold the same value. As an everyday number it has {count} digits, far too many to be an amount: hex this long is an ID, like a TXID. IDs are compared, never counted with.</source>
        <translation>= Os dois campos têm o mesmo valor. Como número do dia a dia ele tem {count} dígitos, demais para ser um valor em dinheiro: um hex tão longo é um identificador, como um TXID. Identificadores são comparados, nunca usados em contas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>Em pares: {pairs} (%n byte)</numerusform>
            <numerusform>Em pares: {pairs} (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="298"/>
        <source>You reversed the digits, not the bytes. A byte is a pair of digits: keep each pair together and reverse the order of the pairs.</source>
        <translation>Você inverteu os dígitos, não os bytes. Um byte é um par de dígitos: mantenha cada par junto e inverta a ordem dos pares.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="303"/>
        <source>The hex box still shows the bytes in their first order. Press “Reverse byte order”, or write the pairs from last to first.</source>
        <translation>O campo hex ainda mostra os bytes na ordem original. Pressione “Inverter a ordem dos bytes”, ou escreva os pares do último para o primeiro.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="225"/>
        <source>= Both boxes hold the same amount: {hex} is {number} in everyday numbers.</source>
        <translation>= Os dois campos têm o mesmo valor: {hex} é {number} em números do dia a dia.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="184"/>
        <source>↻ That is more digits than the playground works with. Try something shorter.</source>
        <translation>↻ São mais dígitos do que a oficina usa. Tente algo mais curto.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="196"/>
        <source>↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.</source>
        <translation>↻ “{character}” não é um dígito hex. Hex usa só 0–9 e a–f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="199"/>
        <source>↻ Hex uses only 0–9 and a–f, with 0x in front if you like.</source>
        <translation>↻ Hex usa só 0–9 e a–f, com 0x na frente se você quiser.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="214"/>
        <source>↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.</source>
        <translation>↻ Este campo aceita os dígitos do dia a dia 0–9. As letras a–f vão no campo hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="216"/>
        <source>↻ The playground works with whole numbers from 0 upwards.</source>
        <translation>↻ A oficina trabalha com números inteiros a partir de 0.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="218"/>
        <source>↻ Only whole numbers have a hex form here, like 21000.</source>
        <translation>↻ Aqui só números inteiros têm forma hex, como 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="219"/>
        <source>↻ Type digits 0–9, like 21000.</source>
        <translation>↻ Digite dígitos 0–9, como 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="256"/>
        <source>(A 0 was put in front so the digits make whole pairs.)</source>
        <translation>(Um 0 foi colocado na frente para os dígitos formarem pares completos.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="264"/>
        <source>↻ Type some hex first, then reverse its bytes.</source>
        <translation>↻ Digite primeiro um pouco de hex, depois inverta os bytes.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="272"/>
        <source>⇄ The bytes are now in the other order.</source>
        <translation>⇄ Os bytes agora estão na outra ordem.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="121"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Boas-vindas ao Holdspace&lt;/h1&gt;&lt;p&gt;Sem pressa. Nada aqui tem cronômetro ou nota, você pode tentar quantas vezes quiser, e tudo fica neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="138"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Por onde você gostaria de começar?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="148"/>
        <source>See &amp;all lessons</source>
        <translation>Ver &amp;todas as lições</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="149"/>
        <source>See all lessons</source>
        <translation>Ver todas as lições</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="210"/>
        <source>Getting your lessons ready…</source>
        <translation>Preparando suas lições…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="218"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation>Sessão de convidado: nada do que você faz aqui é salvo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="221"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation>Seu progresso fica só neste computador. Você pode exportá-lo ou esquecê-lo a qualquer momento pelo menu Progresso.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="260"/>
        <source>Pick up where you left off</source>
        <translation>Continue de onde parou</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="261"/>
        <source>“{title}”, step {number} of {total}</source>
        <translation>“{title}”, passo {number} de {total}</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="34"/>
        <source>Where you are in the lesson</source>
        <translation>Onde você está na lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="45"/>
        <source>The mistake guide</source>
        <translation>O guia de erros</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="50"/>
        <source>Lesson title</source>
        <translation>Título da lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="70"/>
        <source>Step {number} of {total}</source>
        <translation>Passo {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="78"/>
        <source>This is the last step.</source>
        <translation>Este é o último passo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="80"/>
        <source>Coming next: something to try.</source>
        <translation>A seguir: algo para experimentar.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="82"/>
        <source>Coming next: something to read.</source>
        <translation>A seguir: algo para ler.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="107"/>
        <source>Explored</source>
        <extracomment>Shown where the step counter was, once the learner has gone through the lesson.</extracomment>
        <translation>Percorrida</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="46"/>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="63"/>
        <source>Facilitator notes</source>
        <translation>Notas para quem conduz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="74"/>
        <source>The arrow keys scroll the page.</source>
        <translation>As setas do teclado rolam a página.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="126"/>
        <source>Go through it &amp;again</source>
        <translation>Percorrer de &amp;novo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="127"/>
        <source>Back to &amp;topics</source>
        <translation>Voltar aos &amp;temas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Next &amp;lesson</source>
        <translation>Próxima &amp;lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="98"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="36"/>
        <source>H&amp;int</source>
        <translation>&amp;Dica</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="40"/>
        <source>&amp;Show me</source>
        <translation>&amp;Mostre-me</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="103"/>
        <source>&amp;Check</source>
        <translation>V&amp;erificar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="105"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>&amp;Next</source>
        <translation>Ava&amp;nçar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="106"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation>Passo anterior (Page Up ou Alt+Esquerda)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="107"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation>Próximo passo (Page Down ou Alt+Direita)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="108"/>
        <source>Check my answer (Enter)</source>
        <translation>Verificar minha resposta (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="53"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="82"/>
        <source>Step {number} of {total}</source>
        <translation>Passo {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="245"/>
        <source>**Facilitator notes:** </source>
        <translation>**Notas para quem conduz:** </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="69"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todas as lições&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Where you are</source>
        <translation>Onde você está</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="77"/>
        <source>Lessons by topic</source>
        <translation>Lições por tema</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="90"/>
        <source>About this lesson</source>
        <translation>Sobre esta lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="97"/>
        <source>&amp;Open lesson</source>
        <translation>Abrir a &amp;lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="98"/>
        <source>Open lesson</source>
        <translation>Abrir a lição</translation>
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
        <translation>em inglês por enquanto</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="182"/>
        <source>⚠ can&apos;t open yet</source>
        <translation>⚠ ainda não abre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="191"/>
        <source>{pack}: not placed in a topic yet</source>
        <translation>{pack}: ainda sem tema</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="246"/>
        <source>new</source>
        <extracomment>A lesson&apos;s mark in the lesson list: not opened yet. A plain fact, never a judgement.</extracomment>
        <translation>nova</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="248"/>
        <source>✓ explored</source>
        <translation>✓ percorrida</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="250"/>
        <source>in progress, step {number} of {total}</source>
        <translation>em andamento, passo {number} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Cerca de %n minuto.</numerusform>
            <numerusform>Cerca de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n passo.</numerusform>
            <numerusform>%n passos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="308"/>
        <source>After this lesson you can:</source>
        <translation>Depois desta lição você vai conseguir:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="320"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation>Esta lição ainda não abre. O arquivo da lição precisa de um conserto; todas as outras lições funcionam normalmente.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="325"/>
        <source>For whoever wrote it:</source>
        <translation>Para quem a escreveu:</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="113"/>
        <source>▶ {line} (picked)</source>
        <translation>▶ {line} (escolhida)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/helpbar.py" line="33"/>
        <location filename="../../app/holdspace/gui/helpbar.py" line="35"/>
        <source>Help bar</source>
        <translation>Barra de ajuda</translation>
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
        <translation>Sessão de convidado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="34"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="72"/>
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="74"/>
        <source>All &amp;lessons</source>
        <translation>Todas as &amp;lições</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="35"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="110"/>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="116"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Tamanho de texto normal</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="90"/>
        <source>&amp;Open a lesson pack…</source>
        <translation>Abrir um &amp;pacote de lições…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="123"/>
        <source>F&amp;acilitator notes</source>
        <translation>&amp;Notas para quem conduz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="36"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progresso</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="79"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Exportar meu progresso…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="82"/>
        <source>&amp;Forget my progress…</source>
        <translation>Es&amp;quecer meu progresso…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="37"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="47"/>
        <source>I think I made a &amp;mistake</source>
        <translation>Acho que cometi um &amp;erro</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="51"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossário</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="85"/>
        <source>&amp;About Holdspace</source>
        <translation>&amp;Sobre o Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="56"/>
        <source>A calm guide for the first minutes (F1)</source>
        <translation>Um guia calmo para os primeiros minutos (F1)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="59"/>
        <source>Words from the lessons, in plain language (Ctrl+G)</source>
        <translation>Palavras das lições, em linguagem simples (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="348"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual.</source>
        <translation>Seu progresso não está sendo salvo agora; a lição funciona como sempre.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="381"/>
        <source>nowhere (guest session)</source>
        <translation>em lugar nenhum (sessão de convidado)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/language.py" line="27"/>
        <source>Lan&amp;guage</source>
        <extracomment>The menu that lists languages, each written in its own words.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MeetupMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="31"/>
        <source>&amp;Reload packs</source>
        <translation>&amp;Recarregar pacotes</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="33"/>
        <source>Read the open lesson packs again from disk (Ctrl+R)</source>
        <translation>Ler de novo do disco os pacotes de lições abertos (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="36"/>
        <source>Show only &amp;this pack</source>
        <translation>Mostrar s&amp;ó este pacote</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="40"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="41"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="44"/>
        <source>&amp;Next person…</source>
        <translation>Pró&amp;xima pessoa…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="47"/>
        <source>A fresh start for the next person on this laptop; nothing they do is saved</source>
        <translation>Um novo começo para a próxima pessoa neste computador; nada do que ela fizer é salvo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="62"/>
        <source>Open a lesson pack</source>
        <translation>Abrir um pacote de lições</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="64"/>
        <source>Lesson packs (pack.yaml *.zip)</source>
        <translation>Pacotes de lições (pack.yaml *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="26"/>
        <source>This pack can&apos;t open yet</source>
        <translation>Este pacote ainda não abre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="27"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation>O Holdspace não conseguiu ler este pacote de lições. Os detalhes abaixo dizem o que precisa ser corrigido.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="82"/>
        <source>Lesson packs read again from disk.</source>
        <translation>Pacotes de lições lidos de novo do disco.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="98"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Um pacote de lições ainda não abre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="99"/>
        <source>A pack couldn&apos;t be read again. Every other lesson works as usual.</source>
        <translation>Um pacote não pôde ser lido de novo. Todas as outras lições funcionam normalmente.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="146"/>
        <source>Ready for the next person?</source>
        <translation>Pronto para a próxima pessoa?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="148"/>
        <source>This closes the lesson on screen and starts a fresh guest session: the next person sees no one&apos;s progress, and nothing they do is saved. Progress saved on this computer before stays as it is.

Start fresh?</source>
        <translation>Isto fecha a lição na tela e começa uma nova sessão de convidado: a próxima pessoa não vê o progresso de ninguém, e nada do que ela fizer é salvo. O progresso já salvo neste computador continua como está.

Começar do zero?</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="29"/>
        <source>Facilitator notes — Holdspace</source>
        <translation>Notas de quem conduz — Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="30"/>
        <source>Facilitator notes</source>
        <translation>Notas de quem conduz</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="34"/>
        <source>Facilitator notes for this step</source>
        <translation>Notas de quem conduz para esta etapa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="53"/>
        <source>Open a lesson: its notes appear here, step by step.</source>
        <translation>Abra uma lição: as notas dela aparecem aqui, etapa por etapa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="91"/>
        <source>No notes for this step.</source>
        <translation>Sem notas para esta etapa.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="246"/>
        <source>A fresh start for your progress</source>
        <translation>Um recomeço para o seu progresso</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="247"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{path}</source>
        <translation>O Holdspace não conseguiu ler seu progresso salvo, então deixou esse arquivo de lado e começou um novo. Nada foi apagado; o arquivo antigo está aqui:

{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="258"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation>O progresso não será salvo desta vez</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="259"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation>O Holdspace não conseguiu gravar na pasta dele, então esta é uma sessão de convidado: tudo funciona, mas nada é salvo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="269"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Um pacote de lições ainda não abre</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="270"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation>Não foi possível ler um pacote de lições. Todas as outras lições funcionam normalmente.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="21"/>
        <source>Export my progress</source>
        <translation>Exportar meu progresso</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="23"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>Export didn&apos;t finish</source>
        <translation>A exportação não terminou</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="34"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation>Não foi possível gravar o arquivo ali. Tente outra pasta.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="41"/>
        <source>Your progress is saved</source>
        <translation>Seu progresso foi salvo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="42"/>
        <source>Your progress was saved to:

{file}</source>
        <translation>Seu progresso foi salvo em:

{file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="53"/>
        <source>Export my progress?</source>
        <translation>Exportar meu progresso?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="54"/>
        <source>The file lists the lessons you opened and explored, where you paused, and your own checklist answers (for example, that you keep a paper backup). Tries and hints are in it only so Holdspace can help sooner; they are not a score.

Anyone who opens the file can read this, so keep it somewhere private.</source>
        <translation>O arquivo mostra as lições que você abriu e explorou, onde você parou e suas próprias respostas das listas de verificação (por exemplo, que você guarda um backup em papel). As tentativas e as dicas estão nele só para que o Holdspace possa ajudar mais cedo; não são uma nota.

Qualquer pessoa que abrir o arquivo pode ler isso, então guarde-o em um lugar privado.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="64"/>
        <source>Choose where to save…</source>
        <translation>Escolher onde salvar…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="76"/>
        <source>Forget my progress?</source>
        <translation>Esquecer meu progresso?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="77"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation>Isso apaga quais lições você abriu e percorreu neste computador. As lições continuam aqui. Não dá para desfazer.

Esquecer meu progresso?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="93"/>
        <source>Your progress wasn&apos;t forgotten</source>
        <translation>Seu progresso não foi apagado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="94"/>
        <source>Holdspace couldn&apos;t change its progress file just now, so nothing was cleared. Try again later.</source>
        <translation>O Holdspace não conseguiu mudar o arquivo de progresso agora, então nada foi apagado. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="31"/>
        <source>This link stays closed</source>
        <translation>Este link fica fechado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{address}</source>
        <translation>O Holdspace só abre links seguros (https). Este aponta para:

{address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="40"/>
        <source>Open a web page?</source>
        <translation>Abrir uma página da web?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="41"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{address}

Open it?</source>
        <translation>Isso abre a página abaixo no seu navegador. O Holdspace em si nunca se conecta à internet.

{address}

Abrir?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="28"/>
        <source>This file is missing from this copy of Holdspace: {file}</source>
        <translation>Este arquivo está faltando nesta cópia do Holdspace: {file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="34"/>
        <source>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;If something goes astray, a note for the people who make Holdspace is kept here: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace is free software under the MIT licence. It is built on Qt, used under the LGPL version 3, and on the other projects named under “Third-party notices”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Lições tranquilas para quem está começando com cripto: hexadecimal, exploradores de blockchain, lucro e prejuízo, e como manter suas próprias chaves em segurança.&lt;/p&gt;&lt;p&gt;Nada tem cronômetro ou nota. O Holdspace nunca se conecta à internet e nunca pede uma frase de recuperação.&lt;/p&gt;&lt;p&gt;Seu progresso fica aqui: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Se algo sair do esperado, uma nota para quem faz o Holdspace fica aqui: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;O Holdspace é software livre sob a licença MIT. Ele é feito sobre o Qt, usado sob a LGPL versão 3, e sobre os outros projetos citados em “Avisos de terceiros”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="64"/>
        <source>About Holdspace</source>
        <translation>Sobre o Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="75"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="76"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceiros</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="77"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste an address or a TXID here (Ctrl+V)</source>
        <translation>Cole aqui um endereço ou um TXID (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste box</source>
        <translation>Campo para colar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="107"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="121"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="108"/>
        <source>P&amp;aste here:</source>
        <translation>C&amp;ole aqui:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="109"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="136"/>
        <source>What Holdspace sees</source>
        <translation>O que o Holdspace vê</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="143"/>
        <source>The address you meant</source>
        <translation>O endereço que você queria</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>Paste the address to compare (Ctrl+V)</source>
        <translation>Cole o endereço para comparar (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>The address in the send box</source>
        <translation>O endereço no campo de envio</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="125"/>
        <source>The address you &amp;meant:</source>
        <translation>O endereço que você &amp;queria:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="126"/>
        <source>The address in the sen&amp;d box:</source>
        <translation>O endereço no campo de en&amp;vio:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="127"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="174"/>
        <source>Practice note</source>
        <translation>Nota de prática</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="130"/>
        <source>PRACTICE: the send box starts with a made-up look-alike. It is not anyone&apos;s real address.</source>
        <translation>PRÁTICA: o campo de envio começa com um endereço parecido inventado. Não é o endereço real de ninguém.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="145"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="145"/>
        <source>&lt;b&gt;The address you meant:&lt;/b&gt;</source>
        <translation>&lt;b&gt;O endereço que você queria:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="149"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="151"/>
        <source>Which of these is the same address? Compare every group of four.</source>
        <translation>Qual destes é o mesmo endereço? Compare cada grupo de quatro.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="159"/>
        <source>Address &amp;{number}</source>
        <translation>Endereço &amp;{number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="161"/>
        <source>Address {number}: {address}</source>
        <translation>Endereço {number}: {address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="165"/>
        <source>Address {number}</source>
        <translation>Endereço {number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="177"/>
        <source>PRACTICE: all but one of these are look-alikes made up for this drill. None of them is a real address.</source>
        <translation>PRÁTICA: todos menos um são parecidos inventados para este exercício. Nenhum deles é um endereço real.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="212"/>
        <source>The clipboard was emptied too, so it can&apos;t be pasted again by accident.</source>
        <translation>A área de transferência também foi esvaziada, para não ser colada de novo por acidente.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="36"/>
        <source>↻ This looks like ordinary sentences, not an address or a TXID. Copy only the code itself: the Copy button beside it in the lesson takes exactly that.</source>
        <translation>↻ Isto parece frases comuns, não um endereço nem um TXID. Copie só o código em si: o botão Copiar ao lado, na lição, pega exatamente isso.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="44"/>
        <source>&lt;b&gt;What it is:&lt;/b&gt; {kind}</source>
        <translation>&lt;b&gt;O que é:&lt;/b&gt; {kind}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="49"/>
        <source>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</source>
        <translation>&lt;b&gt;Soma de verificação (checksum):&lt;/b&gt; {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="55"/>
        <source>&lt;b&gt;Networks that use this format:&lt;/b&gt; {networks}</source>
        <translation>&lt;b&gt;Redes que usam este formato:&lt;/b&gt; {networks}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="62"/>
        <source>&lt;b&gt;In groups of four:&lt;/b&gt; {groups}</source>
        <translation>&lt;b&gt;Em grupos de quatro:&lt;/b&gt; {groups}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="77"/>
        <source>↻ This form carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Esta forma não tem soma de verificação, então compare a olho, grupo por grupo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="82"/>
        <source>✓ The checksum holds: no character was changed by accident.</source>
        <translation>✓ A soma de verificação confere: nenhum caractere mudou por acidente.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="86"/>
        <source>△ The checksum does not hold. A character may have changed or gone missing. Copy it again from the place you trust.</source>
        <translation>△ A soma de verificação não confere. Um caractere pode ter mudado ou sumido. Copie de novo do lugar em que você confia.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="91"/>
        <source>↻ This kind of text carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ Este tipo de texto não tem soma de verificação, então compare a olho, grupo por grupo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="99"/>
        <source>A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).</source>
        <translation>Um endereço Bitcoin do tipo mais antigo (P2PKH; começa com 1 na rede principal).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="103"/>
        <source>A Bitcoin script address (P2SH; it starts with 3 on the main network).</source>
        <translation>Um endereço de script Bitcoin (P2SH; começa com 3 na rede principal).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="107"/>
        <source>A Bitcoin SegWit address (P2WPKH; it starts with bc1q).</source>
        <translation>Um endereço Bitcoin SegWit (P2WPKH; começa com bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="110"/>
        <source>A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).</source>
        <translation>Um endereço de script Bitcoin SegWit (P2WSH; um longo que começa com bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="114"/>
        <source>A Bitcoin Taproot address (P2TR; it starts with bc1p).</source>
        <translation>Um endereço Bitcoin Taproot (P2TR; começa com bc1p).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="117"/>
        <source>A Bitcoin SegWit address of a newer kind that few wallets use yet.</source>
        <translation>Um endereço Bitcoin SegWit de um tipo mais novo que poucas carteiras usam ainda.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="120"/>
        <source>An Ethereum-style address: 0x and 40 hex characters.</source>
        <translation>Um endereço no estilo Ethereum: 0x e 40 caracteres hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="123"/>
        <source>A Bitcoin transaction ID (TXID): 64 hex characters.</source>
        <translation>Um ID de transação Bitcoin (TXID): 64 caracteres hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="126"/>
        <source>An Ethereum-style transaction hash: 0x and 64 hex characters.</source>
        <translation>Um hash de transação no estilo Ethereum: 0x e 64 caracteres hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="129"/>
        <source>A recovery phrase. Holdspace did not keep it and does not show it.</source>
        <translation>Uma frase de recuperação. O Holdspace não a guardou e não a mostra.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="132"/>
        <source>A Bitcoin private key. Holdspace did not keep it and does not show it.</source>
        <translation>Uma chave privada Bitcoin. O Holdspace não a guardou e não a mostra.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="136"/>
        <source>A number written in hex.</source>
        <translation>Um número escrito em hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="139"/>
        <source>Nothing Holdspace recognises. It may be from another network, or part of it may be missing.</source>
        <translation>Nada que o Holdspace reconheça. Pode ser de outra rede, ou pode faltar uma parte.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="149"/>
        <source>Spaces around it were left out: they are not part of it.</source>
        <translation>Os espaços em volta foram tirados: não fazem parte dele.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="152"/>
        <source>Invisible characters were left out. They sometimes come along when copying from a web page.</source>
        <translation>Caracteres invisíveis foram tirados. Às vezes eles vêm junto ao copiar de uma página da web.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="157"/>
        <source>Spaces inside it were left out, as when it is written in groups.</source>
        <translation>Os espaços de dentro foram tirados, como quando é escrito em grupos.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="160"/>
        <source>Only digits: this could be an everyday number or hex. Look for 0x or the letters a to f.</source>
        <translation>Só dígitos: pode ser um número do dia a dia ou hex. Procure 0x ou as letras de a a f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="165"/>
        <source>The mix of capital and small letters is a checksum (EIP-55), and it holds.</source>
        <translation>A mistura de maiúsculas e minúsculas é uma soma de verificação (EIP-55), e ela confere.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="169"/>
        <source>All small letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Tudo em minúsculas: esta forma não tem soma de verificação, então um erro de digitação passaria despercebido.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="173"/>
        <source>All capital letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Tudo em maiúsculas: esta forma não tem soma de verificação, então um erro de digitação passaria despercebido.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="177"/>
        <source>The checksum does not match: at least one character is not the one that was copied.</source>
        <translation>A soma de verificação não bate: pelo menos um caractere não é o que foi copiado.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="181"/>
        <source>It carries the checksum of another SegWit version: a character near the start may have changed.</source>
        <translation>Ele traz a soma de verificação de outra versão do SegWit: um caractere perto do começo pode ter mudado.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="186"/>
        <source>It is longer or shorter than this kind of text: a character may be missing or extra.</source>
        <translation>É mais longo ou mais curto do que este tipo de texto: pode faltar ou sobrar um caractere.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="190"/>
        <source>It holds a character this kind of text never uses.</source>
        <translation>Tem um caractere que este tipo de texto nunca usa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="193"/>
        <source>It mixes capital and small letters, which this kind never does.</source>
        <translation>Mistura maiúsculas e minúsculas, o que este tipo nunca faz.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="196"/>
        <source>The last characters don&apos;t fit together: the end may have been cut.</source>
        <translation>Os últimos caracteres não combinam entre si: o final pode ter sido cortado.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="199"/>
        <source>The character after bc1 is not one a Bitcoin address uses.</source>
        <translation>O caractere depois de bc1 não é um que um endereço Bitcoin usa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="202"/>
        <source>The start that names the network is missing.</source>
        <translation>Falta o começo que indica a rede.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="205"/>
        <source>It starts in a way Holdspace doesn&apos;t know.</source>
        <translation>Começa de um jeito que o Holdspace não conhece.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="208"/>
        <source>Its first byte names no address type Holdspace knows.</source>
        <translation>O primeiro byte não indica nenhum tipo de endereço que o Holdspace conheça.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="211"/>
        <source>The 0x at the start is missing. Wallets expect it.</source>
        <translation>Falta o 0x do começo. As carteiras esperam por ele.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="214"/>
        <source>This is for a test network. Coins there have no value.</source>
        <translation>Isto é de uma rede de teste. As moedas de lá não têm valor.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="217"/>
        <source>A newer SegWit version: many wallets can&apos;t send to it yet.</source>
        <translation>Uma versão mais nova do SegWit: muitas carteiras ainda não conseguem enviar para ela.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="220"/>
        <source>The same address exists on every network in this list. Coins sent on one network stay on that network.</source>
        <translation>O mesmo endereço existe em todas as redes desta lista. Moedas enviadas numa rede ficam nessa rede.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="225"/>
        <source>Look it up on the explorer of the network it was sent on. Another network&apos;s explorer will say “not found”.</source>
        <translation>Procure no explorador da rede em que foi enviada. O explorador de outra rede vai dizer “not found” (não encontrado).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="230"/>
        <source>Explorers show Bitcoin IDs with the bytes in reverse order. If one is not found, its bytes may be the other way round.</source>
        <translation>Os exploradores mostram os IDs do Bitcoin com os bytes em ordem inversa. Se um não for encontrado, os bytes podem estar ao contrário.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="235"/>
        <source>It starts with many zeros, like a block hash. Block hashes and TXIDs have the same shape.</source>
        <translation>Começa com muitos zeros, como um hash de bloco. Hashes de bloco e TXIDs têm o mesmo formato.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="240"/>
        <source>A private key can have this same shape. If it came from a screen about keys or exports, keep it to yourself.</source>
        <translation>Uma chave privada pode ter este mesmo formato. Se veio de uma tela sobre chaves ou exportações, guarde só para você.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="245"/>
        <source>Whoever has a private key can take the coins. Never share it. If you pasted it anywhere else, move the coins to a new wallet soon.</source>
        <translation>Quem tem uma chave privada pode levar as moedas. Nunca a compartilhe. Se você colou em outro lugar, mova as moedas logo para uma carteira nova.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="250"/>
        <source>No real service needs your recovery phrase. If you typed it into a website or a chat, move your coins to a new wallet with a new phrase today.</source>
        <translation>Nenhum serviço de verdade precisa da sua frase de recuperação. Se você a digitou num site ou num chat, mova hoje suas moedas para uma carteira nova com uma frase nova.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="256"/>
        <source>The number of words is unusual for a recovery phrase.</source>
        <translation>A quantidade de palavras é incomum para uma frase de recuperação.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="259"/>
        <source>Most of these words are recovery-phrase words. Keep them private; they were cleared from the box.</source>
        <translation>A maioria destas palavras são palavras de frase de recuperação. Guarde-as só para você; elas foram apagadas do campo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="264"/>
        <source>Holdspace did not keep it and does not show it.</source>
        <translation>O Holdspace não a guardou e não a mostra.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="230"/>
        <source>Put an address in both boxes to compare them.</source>
        <translation>Coloque um endereço nos dois campos para compará-los.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="241"/>
        <source>△ The first and last four characters match, but the middle does not. This is the trick of address poisoning: always compare the middle too.</source>
        <translation>△ Os quatro primeiros e os quatro últimos caracteres batem, mas o meio não. Esse é o truque do envenenamento de endereço (address poisoning): compare sempre o meio também.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Meant:</source>
        <translation>Queria:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Send box:</source>
        <translation>Campo de envio:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="261"/>
        <source>Groups that differ are in [brackets]; the characters that differ are underlined.</source>
        <translation>Os grupos diferentes estão entre [colchetes]; os caracteres diferentes estão sublinhados.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="269"/>
        <source>✓ The same, character for character.</source>
        <translation>✓ Iguais, caractere por caractere.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="273"/>
        <source>≈ Only capital and small letters differ. For this kind of text it is still the same.</source>
        <translation>≈ Só maiúsculas e minúsculas diferem. Para este tipo de texto continua sendo o mesmo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="277"/>
        <source>≠ Only capital and small letters differ, and here that matters: treat them as different.</source>
        <translation>≠ Só maiúsculas e minúsculas diferem, e aqui isso importa: trate como diferentes.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="282"/>
        <source>≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}.</source>
        <translation>≠ Não é igual. Caracteres diferentes: {count}. Grupos onde estão: {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="309"/>
        <source>Only capital and small letters differ, and here that matters: it is not the text meant.</source>
        <translation>Só maiúsculas e minúsculas diferem, e aqui isso importa: não é o texto que você queria.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n caractere difere do texto que você queria. Grupos de quatro onde ele está: {groups}.</numerusform>
            <numerusform>%n caracteres diferem do texto que você queria. Grupos de quatro onde eles estão: {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="323"/>
        <source>The first and last characters match and the middle does not: that is how look-alike addresses fool people.</source>
        <translation>Os primeiros e os últimos caracteres batem e o meio não: é assim que endereços parecidos enganam as pessoas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="336"/>
        <source>✓ The same address.</source>
        <translation>✓ O mesmo endereço.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="340"/>
        <source>≠ A practice look-alike. Groups that differ: {groups}.</source>
        <translation>≠ Um parecido de prática. Grupos diferentes: {groups}.</translation>
    </message>
</context>
<context>
    <name>PnlWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="63"/>
        <source>The trades: {trades}</source>
        <translation>As operações: {trades}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="68"/>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="130"/>
        <source>The working, line by line</source>
        <translation>O cálculo, linha por linha</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="76"/>
        <source>Your &amp;answer:</source>
        <translation>Sua &amp;resposta:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="78"/>
        <source>an amount, for example 14.00</source>
        <translation>um valor, por ex. 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="79"/>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="81"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown: {method}</source>
        <translation>Detalhamento: {method}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown</source>
        <translation>Detalhamento</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="175"/>
        <source>{label}: {amount}.</source>
        <translation>{label}: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="179"/>
        <source>{label}: {amount}, which brings the total to {total}.</source>
        <translation>{label}: {amount}, o que leva o total a {total}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="184"/>
        <source>Waterfall chart, from the expected profit to the actual one</source>
        <translation>Gráfico em cascata, do lucro esperado ao real</translation>
    </message>
</context>
<context>
    <name>PnlWords</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="69"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="131"/>
        <source>Price of one coin now: {price}</source>
        <translation>Preço de uma moeda agora: {price}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="80"/>
        <source>Trade</source>
        <translation>Operação</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="81"/>
        <source>Buy or sell</source>
        <translation>Compra ou venda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="82"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="106"/>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="83"/>
        <source>Price of one coin</source>
        <translation>Preço de uma moeda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="84"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="120"/>
        <source>Fee</source>
        <translation>Taxa (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>buy</source>
        <extracomment>In the trades table, the Buy-or-sell column: one word, small letters.</extracomment>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>sell</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Buy</source>
        <translation>Compra (Buy)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Sell</source>
        <translation>Venda (Sell)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="107"/>
        <source>Price on the chart</source>
        <translation>Preço no gráfico</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="112"/>
        <source>Price offered (ask for a buy, bid for a sell)</source>
        <translation>Preço oferecido (ask para compra, bid para venda)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="118"/>
        <source>Price the order filled at</source>
        <translation>Preço em que a ordem foi executada</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="140"/>
        <source>Average cost</source>
        <translation>Custo médio</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="141"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (primeiro a entrar, primeiro a sair)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="151"/>
        <source>Method: average cost. Every coin held costs the same: all that was paid, fees included, divided by the number of coins.</source>
        <translation>Método: custo médio. Cada moeda guardada custa o mesmo: tudo o que foi pago, taxas incluídas, dividido pelo número de moedas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="156"/>
        <source>Method: FIFO (first in, first out). The coins bought first are sold first.</source>
        <translation>Método: FIFO (primeiro a entrar, primeiro a sair). As moedas compradas primeiro são vendidas primeiro.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="161"/>
        <source>On the chart the price went from {buy} to {sell}. For {quantity} of a coin, that promised {amount}.</source>
        <translation>No gráfico o preço foi de {buy} para {sell}. Para {quantity} de uma moeda, isso prometia {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="172"/>
        <source>Spread on the buy: the asking price was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Spread na compra: o preço pedido era {quote}, não os {seen} do gráfico. {quantity} × a diferença = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="177"/>
        <source>Spread on the sell: the bid was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Spread na venda: a oferta era {quote}, não os {seen} do gráfico. {quantity} × a diferença = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="190"/>
        <source>Slippage on the buy: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Derrapagem (slippage) na compra: a ordem foi executada a {fill}, não aos {quote} oferecidos. {quantity} × a diferença = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="195"/>
        <source>Slippage on the sell: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Derrapagem (slippage) na venda: a ordem foi executada a {fill}, não aos {quote} oferecidos. {quantity} × a diferença = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="211"/>
        <source>From the prices really paid and received, {buy} to {sell}: {amount} before fees.</source>
        <translation>Pelos preços realmente pagos e recebidos, de {buy} para {sell}: {amount} antes das taxas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="217"/>
        <source>What the coins sold brought in, less what they cost, before fees: {amount}.</source>
        <translation>O que as moedas vendidas renderam, menos o que custaram, antes das taxas: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="222"/>
        <source>Fee on the buy, for the coins still held (it is part of their cost): {amount}.</source>
        <translation>Taxa da compra, pelas moedas ainda guardadas (faz parte do custo delas): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="225"/>
        <source>Fee on the buy, for the coins sold: {amount}.</source>
        <translation>Taxa da compra, pelas moedas vendidas: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="228"/>
        <source>Fee on the sell: {amount}.</source>
        <translation>Taxa da venda: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="231"/>
        <source>Realised loss (sold, so it is fixed): {amount}.</source>
        <translation>Prejuízo realizado (vendido, então está fixo): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="233"/>
        <source>Realised profit (sold, so it is fixed): {amount}.</source>
        <translation>Lucro realizado (vendido, então está fixo): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="237"/>
        <source>The {quantity} still held cost {paid} a coin before fees; the price now is {price}. The difference: {amount}.</source>
        <translation>As {quantity} ainda guardadas custaram {paid} por moeda antes das taxas; o preço agora é {price}. A diferença: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="248"/>
        <source>Unrealised loss, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Prejuízo não realizado, no papel a {price}: {amount}. Ele muda com o preço até você vender.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="253"/>
        <source>Unrealised profit, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Lucro não realizado, no papel a {price}: {amount}. Ele muda com o preço até você vender.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="259"/>
        <source>Actual loss, after everything above: {amount}.</source>
        <translation>Prejuízo real, depois de tudo acima: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="261"/>
        <source>Actual profit, after everything above: {amount}.</source>
        <translation>Lucro real, depois de tudo acima: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="270"/>
        <source>Expected</source>
        <extracomment>Short labels under the bars of the waterfall chart, from the expected profit to the actual one.</extracomment>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, buy</source>
        <translation>Spread, compra</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, sell</source>
        <translation>Spread, venda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, buy</source>
        <translation>Derrapagem, compra</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, sell</source>
        <translation>Derrapagem, venda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="273"/>
        <source>Before fees</source>
        <translation>Antes das taxas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="274"/>
        <source>Buy fee, coins held</source>
        <translation>Taxa da compra, moedas guardadas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="276"/>
        <source>Buy fee</source>
        <translation>Taxa da compra</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="277"/>
        <source>Sell fee</source>
        <translation>Taxa da venda</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="278"/>
        <source>Realised</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="279"/>
        <source>Price change, coins held</source>
        <translation>Mudança de preço, moedas guardadas</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="280"/>
        <source>Unrealised</source>
        <translation>Não realizado</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="281"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="75"/>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;apresentação</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="78"/>
        <source>Full screen with large type; Page Down/Up move on, B blanks the screen (F5)</source>
        <translation>Tela cheia com letra grande; Page Down/Page Up avançam, B apaga a tela (F5)</translation>
    </message>
</context>
<context>
    <name>SeedPracticeWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="133"/>
        <source>PRACTICE phrase drill</source>
        <translation>Exercício com frase de PRÁTICA</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="154"/>
        <source>◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. It guards no coins, it is never saved, and it is gone when you leave this step.</source>
        <translation>◆ PRÁTICA. O Holdspace criou esta frase agora há pouco, só para praticar. Ela não protege moeda nenhuma, nunca é salva e some quando você sai deste passo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="159"/>
        <source>PRACTICE notice</source>
        <translation>Aviso de PRÁTICA</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="165"/>
        <source>First, look at it</source>
        <translation>Primeiro, olhe para ela</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="169"/>
        <source>Hold the button down to see the practice phrase. Let go, and it hides again. With the keyboard, hold the Space key on the button. If holding is hard, press Keep it shown, and press it again to hide the words.</source>
        <translation>Segure o botão para ver a frase de prática. Solte, e ela se esconde de novo. Pelo teclado, segure a barra de espaço no botão. Se segurar for difícil, pressione Manter à vista, e pressione de novo para esconder as palavras.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="180"/>
        <source>Press and hold with the mouse, or hold the Space key. Let go to hide the words.</source>
        <translation>Segure com o mouse, ou segure a barra de espaço. Solte para esconder as palavras.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="186"/>
        <source>&amp;Keep it shown</source>
        <translation>Manter &amp;à vista</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="188"/>
        <source>Keep the PRACTICE phrase shown</source>
        <translation>Manter a frase de PRÁTICA à vista</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="190"/>
        <source>Shows the words without holding. Press again to hide them.</source>
        <translation>Mostra as palavras sem segurar. Pressione de novo para escondê-las.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="203"/>
        <source>PRACTICE PHRASE · not a real wallet</source>
        <translation>FRASE DE PRÁTICA · não é uma carteira real</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="215"/>
        <source>Then, write it down</source>
        <translation>Depois, anote no papel</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="219"/>
        <source>Write the words on paper, by hand, each with its number. Hold the button again as often as you like to check each word. Never type a phrase into anything.</source>
        <translation>Escreva as palavras no papel, à mão, cada uma com o seu número. Segure o botão de novo quantas vezes quiser para conferir cada palavra. Nunca digite uma frase em lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="225"/>
        <source>I wrote it down on paper</source>
        <translation>Anotei no papel</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="226"/>
        <source>I wrote the PRACTICE phrase down on paper</source>
        <translation>Anotei a frase de PRÁTICA no papel</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="234"/>
        <source>Look at your paper, not the screen, and type that one word.</source>
        <translation>Olhe para o seu papel, não para a tela, e digite essa única palavra.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="238"/>
        <source>one word</source>
        <translation>uma palavra</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="252"/>
        <source>Last, which was word {number}?</source>
        <translation>Por último, qual era a palavra {number}?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="255"/>
        <source>Word {number} of the PRACTICE phrase</source>
        <translation>Palavra {number} da frase de PRÁTICA</translation>
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
        <translation>Palavra de PRÁTICA {number}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="312"/>
        <source>Showing the PRACTICE phrase (kept shown)</source>
        <translation>A frase de PRÁTICA está à mostra (mantida visível)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="314"/>
        <source>Showing the PRACTICE phrase. Let go to hide it</source>
        <translation>Mostrando a frase de PRÁTICA. Solte para escondê-la</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="316"/>
        <source>Showing the PRACTICE phrase</source>
        <translation>Mostrando a frase de PRÁTICA</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="317"/>
        <source>PRACTICE phrase, showing</source>
        <translation>Frase de PRÁTICA, à vista</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="324"/>
        <source>PRACTICE word {number}, hidden</source>
        <translation>Palavra de PRÁTICA {number}, escondida</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="325"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="326"/>
        <source>Hold to see the PRACTICE phrase</source>
        <translation>Segure para ver a frase de PRÁTICA</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="327"/>
        <source>PRACTICE phrase, hidden</source>
        <translation>Frase de PRÁTICA, escondida</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="353"/>
        <source>PRACTICE · word {number} is “{word}”.</source>
        <translation>PRÁTICA · a palavra {number} é “{word}”.</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../app/holdspace/gui/step_marks.py" line="31"/>
        <source>Step {number} of {total}</source>
        <translation>Passo {number} de {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>%n passo visto até agora</numerusform>
            <numerusform>%n passos vistos até agora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPrinter</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="69"/>
        <source>Tick every answer that fits:</source>
        <translation>Marque todas as respostas que servem:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="71"/>
        <source>Tick one answer:</source>
        <translation>Marque uma resposta:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="78"/>
        <source>a right answer</source>
        <translation>uma resposta certa</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="110"/>
        <source>Use the practice explorer page printed at step {number}.</source>
        <translation>Use a página de explorador de prática impressa na etapa {number}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="120"/>
        <source>A practice explorer page (a teaching example, not a live record).</source>
        <translation>Uma página de explorador de prática (um exemplo para aprender, não um registro ao vivo).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="123"/>
        <source>Circle the line that answers the question.</source>
        <translation>Circule a linha que responde à pergunta.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="124"/>
        <source>Write what the page says:</source>
        <translation>Escreva o que a página diz:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="125"/>
        <source>Find this transaction on the page.</source>
        <translation>Encontre esta transação na página.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Everyday number</source>
        <translation>Número do dia a dia</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="203"/>
        <source>A backup card to fill in by hand, in pencil, at home. This sheet never holds a phrase: the app makes a fresh practice one on screen.</source>
        <translation>Um cartão de backup para preencher à mão, a lápis, em casa. Esta folha nunca traz uma frase: o aplicativo cria uma nova, de prática, na tela.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="228"/>
        <source>Answer:</source>
        <translation>Resposta:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="232"/>
        <source>Hint {number}:</source>
        <translation>Dica {number}:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="238"/>
        <source>If someone says “{answer}”:</source>
        <translation>Se alguém disser “{answer}”:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="247"/>
        <source>Explanation:</source>
        <translation>Explicação:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="254"/>
        <source>Facilitator notes:</source>
        <translation>Notas para quem conduz:</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="65"/>
        <source>&amp;All terms…</source>
        <translation>&amp;Todos os termos…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="66"/>
        <source>Open the glossary</source>
        <translation>Abrir o glossário</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="69"/>
        <source>Close</source>
        <extracomment>Button that closes a glossary card.</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="70"/>
        <source>Close the explanation</source>
        <translation>Fechar a explicação</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="94"/>
        <source>Glossary: {term}</source>
        <translation>Glossário: {term}</translation>
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
        <translation>Veja também:</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="35"/>
        <source>This lesson is in English for now.</source>
        <extracomment>Above a lesson (and in the lesson list) when the learner&apos;s language has no translation of it yet.</extracomment>
        <translation>Esta lição está em inglês por enquanto.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="36"/>
        <source>This lesson is in its pack&apos;s first language for now ({language}).</source>
        <translation>Por enquanto, esta lição está no primeiro idioma do pacote ({language}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="46"/>
        <source>In English: {term}</source>
        <extracomment>Under a translated glossary term: its name as English screens show it.</extracomment>
        <translation>Em inglês: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="88"/>
        <source>About this lesson&apos;s language</source>
        <translation>Sobre o idioma desta lição</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="90"/>
        <source>Show in English</source>
        <translation>Mostrar em inglês</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="93"/>
        <source>Show the English text of this step under it, to match words to the English screens of an app ({key})</source>
        <translation>Mostrar o texto em inglês desta etapa logo abaixo, para reconhecer as palavras nas telas em inglês de um app ({key})</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="98"/>
        <source>Shows this step&apos;s English text under the translation</source>
        <translation>Mostra o texto em inglês desta etapa abaixo da tradução</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="103"/>
        <source>The same step in English</source>
        <translation>A mesma etapa em inglês</translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="151"/>
        <source>We cleared that for you</source>
        <translation>Apagamos isso para você</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="152"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Isso parecia uma &lt;b&gt;frase de recuperação&lt;/b&gt;, então o Holdspace apagou na hora. Não foi salvo em lugar nenhum.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="158"/>
        <source>&lt;p&gt;Holdspace emptied the clipboard too, so it can&apos;t be pasted anywhere by accident. Copying any ordinary word afterwards is a good habit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O Holdspace também esvaziou a área de transferência, para que nada seja colado em lugar nenhum por acidente. Copiar depois uma palavra comum é um bom hábito.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="163"/>
        <source>&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhum serviço de verdade precisa da sua frase de recuperação. O Holdspace nunca pede, e nenhum atendente, corretora ou aplicativo deveria pedir, nunca.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="168"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Se você digitou sua frase real num site, num formulário ou num chat em outro lugar:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Pare, e não digite a frase em lugar nenhum de novo.&lt;/li&gt;&lt;li&gt;Num aparelho em que você confia, crie uma carteira nova com uma frase nova.&lt;/li&gt;&lt;li&gt;Mova suas moedas para ela assim que puder.&lt;/li&gt;&lt;li&gt;Ignore quem oferecer “recuperar” fundos em troca de pagamento.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="79"/>
        <source>Solid bar: a total, measured from zero.</source>
        <translation>Barra cheia: um total, medido a partir do zero.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="80"/>
        <source>Striped bar, with −: takes away from the total.</source>
        <translation>Barra listrada, com −: tira do total.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="81"/>
        <source>Criss-cross bar, with +: adds to the total.</source>
        <translation>Barra quadriculada, com +: soma ao total.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="21"/>
        <source>Net&amp;work:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation, e.g. &quot;Red (Network)&quot;. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Rede (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="26"/>
        <source>A&amp;ddress:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>Endere&amp;ço (Address):</translation>
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
        <translation>Va&amp;lor (Amount):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="44"/>
        <source>Network:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation.</extracomment>
        <translation>Rede (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="49"/>
        <source>Address:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation.</extracomment>
        <translation>Endereço (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="54"/>
        <source>Withdraw {asset} (practice form)</source>
        <extracomment>The title of the practice form; &quot;Withdraw&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Sacar {asset} (Withdraw): formulário de prática</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="61"/>
        <source>Deposit {asset}: the receiving side&apos;s screen</source>
        <extracomment>&quot;Deposit&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Depositar {asset} (Deposit): a tela de quem recebe</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="68"/>
        <source>Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}</source>
        <extracomment>&quot;Network fee&quot; and &quot;Minimum withdrawal&quot; are the exchange&apos;s English words: keep them beside your translation.</extracomment>
        <translation>Taxa de rede (Network fee): {fee} {asset} · Saque mínimo (Minimum withdrawal): {minimum} {asset}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="83"/>
        <source>destination tag</source>
        <translation>tag de destino</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="84"/>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="95"/>
        <source>Network: none is picked yet. Pick the one the deposit screen names: {deposit}.</source>
        <translation>Rede: nenhuma foi escolhida ainda. Escolha a que a tela de depósito indica: {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="102"/>
        <source>Address: it is not the one on the deposit screen. Coins sent there would go to whoever holds that address, and a transfer can&apos;t be undone. Copy it again from the deposit screen and compare it group by group.</source>
        <translation>Endereço: não é o da tela de depósito. Moedas enviadas para lá iriam para quem tem esse endereço, e uma transferência não pode ser desfeita. Copie de novo da tela de depósito e compare grupo por grupo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="109"/>
        <source>The {memo} is missing. The coins would reach the exchange, but not your account: the exchange could not tell whose they are. Its support can often credit them after some checks; it may take days and cost a fee.</source>
        <translation>Sem {memo}, as moedas chegariam à corretora, mas não à sua conta: a corretora não saberia de quem são. O suporte dela muitas vezes consegue creditá-las depois de algumas verificações; pode levar dias e custar uma taxa.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="116"/>
        <source>The {memo} is not the one on the deposit screen. The coins would reach the exchange with someone else&apos;s label, or one it doesn&apos;t know. Only the exchange&apos;s own support could sort it out.</source>
        <translation>O campo “{memo}” não confere com a tela de depósito. As moedas chegariam à corretora com a identificação de outra pessoa, ou com uma que ela não conhece. Só o suporte oficial da corretora poderia resolver.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="127"/>
        <source>Network: you picked {picked}, and the deposit screen names {deposit}.</source>
        <translation>Rede: você escolheu {picked}, e a tela de depósito indica {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="134"/>
        <source>Here a real exchange would most likely refuse the address, because addresses on {picked} have another shape. Networks that share one address shape, such as Ethereum, BNB Smart Chain and Arbitrum One, give no such warning: choose the network by its name.</source>
        <translation>Aqui uma corretora de verdade provavelmente recusaria o endereço, porque os endereços em {picked} têm outro formato. Redes que compartilham o mesmo formato de endereço, como Ethereum, BNB Smart Chain e Arbitrum One, não dão esse aviso: escolha a rede pelo nome.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="144"/>
        <source>The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the keys to that address on {picked} could move them. Getting them back is often slow and costly, and sometimes impossible.</source>
        <translation>As moedas chegariam em {picked}, uma rede que quem recebe não acompanha. Só quem tem as chaves desse endereço em {picked} poderia movê-las. Recuperá-las costuma ser lento e caro, e às vezes impossível.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="155"/>
        <source>Amount: the box is empty yet.</source>
        <translation>Valor: o campo ainda está vazio.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="157"/>
        <source>Amount: I couldn&apos;t read that as an amount yet. Something like 50 or 12.5 works.</source>
        <translation>Valor: ainda não consegui ler isso como um valor. Algo como 50 ou 12,5 funciona.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="162"/>
        <source>Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The exchange would not send it.</source>
        <translation>Valor: a taxa de rede aqui é {fee} {asset}, então não sobraria nada para chegar. A corretora não enviaria.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="168"/>
        <source>Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not send less; nothing leaves your account.</source>
        <translation>Valor: o saque mínimo nesta rede é {minimum} {asset}. A corretora não enviaria menos; nada sai da sua conta.</translation>
    </message>
</context>
<context>
    <name>WithdrawalWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="170"/>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="43"/>
        <source>&lt;b&gt;PRACTICE:&lt;/b&gt; a made-up exchange. Nothing here is sent anywhere, and every address is made up, so it can&apos;t receive coins.</source>
        <translation>&lt;b&gt;PRÁTICA:&lt;/b&gt; uma corretora inventada. Nada aqui é enviado para lugar nenhum, e todo endereço é inventado: não pode receber moedas.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="76"/>
        <source>Clear the box</source>
        <translation>Limpar o campo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="88"/>
        <source>Deposit address</source>
        <translation>Endereço de depósito</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="96"/>
        <source>Deposit {memo}</source>
        <translation>Depósito: {memo}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="104"/>
        <source>△ Required: without the {memo}, the exchange can&apos;t tell that the deposit is yours.</source>
        <translation>△ Obrigatório: sem {memo}, a corretora não consegue saber que o depósito é seu.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="117"/>
        <source>Choose a network</source>
        <translation>Escolha uma rede</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="124"/>
        <source>Paste the address from the deposit screen</source>
        <translation>Cole o endereço da tela de depósito</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="126"/>
        <source>About the address</source>
        <translation>Sobre o endereço</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="136"/>
        <source>for example {amount}</source>
        <translation>por exemplo {amount}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="141"/>
        <source>Fee and minimum</source>
        <translation>Taxa e mínimo</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="164"/>
        <source>△ This is not shaped like an address on {network}. A real exchange would refuse it on this network.</source>
        <translation>△ Isto não tem o formato de um endereço em {network}. Uma corretora de verdade o recusaria nesta rede.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="170"/>
        <source>Pick a network to see its fee and minimum.</source>
        <translation>Escolha uma rede para ver a taxa e o mínimo.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="178"/>
        <source>The receiving side would get: {amount} {asset}</source>
        <translation>Quem recebe ficaria com: {amount} {asset}</translation>
    </message>
</context>
</TS>
