/** Renders an article's plain text: blank lines part paragraphs, lines starting with "- " are a list. */
export function ArticleBody({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        const items = lines.filter((line) => line.startsWith('- '));
        const prose = lines.filter((line) => !line.startsWith('- ')).join(' ');
        return (
          <div key={index} className="article-block">
            {prose && <p>{prose}</p>}
            {items.length > 0 && (
              <ul>
                {items.map((item, i) => (
                  <li key={i}>{item.slice(2)}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
