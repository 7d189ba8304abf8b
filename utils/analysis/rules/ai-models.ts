import { mayName } from './ai-systems';
import type { AiModel } from './types';

/** General-purpose models and generators that notices name ("GPT-4-based", "made with Midjourney"). */
export const AI_MODELS: AiModel[] = [
  { name: 'ChatGPT', words: ['gpt'], pattern: /\bChat ?GPT\b/i, kind: 'text', matches: ['written with ChatGPT', 'Chat GPT'], rejects: ['chat group'] },
  { name: 'Claude', words: ['claude'], pattern: /\bClaude(?:[ -](?:\d(?:\.\d)?|Opus|Sonnet|Haiku|AI|Instant))+\b|\bClaude(?= by Anthropic| \(Anthropic\)|, (?:an?|the|Anthropic's) (?:AI|artificial|large language|chatbot))|Anthropic's Claude\b|(?<=(?:AI|IA|KI|intelligence|artificial) \()Claude(?=\))|(?<=\bused )Claude(?= to )|(?<=\b(?:assistance|help|support) (?:of|from) )Claude(?=[.!,;]?$|[.!,;]\s)/, kind: 'text', matches: ['Created with assistance from Claude.', 'with the help of Claude Sonnet', 'Claude AI', 'drafted by Claude, an AI model', 'artificial intelligence (Claude)', 'I used Claude to help me find the studies'], rejects: ['Claude Monet', 'Jean-Claude', 'Claude, a retired teacher', 'Jean-Claude (Claude) Van Damme', 'with the help of Claude Monet and his circle'] },
  { name: 'Copilot', words: ['copilot'], pattern: /\b(?:Microsoft |GitHub )?Copilot\b/, kind: 'text', matches: ['drafted with Microsoft Copilot'], rejects: ['co-pilot of the plane'] },
  { name: 'DALL-E', words: ['dall'], pattern: /\b(?:DALL|Dall)[·-]?E(?: ?\d)?\b/, kind: 'image', matches: ['Image generated with DALL-E 3', 'DALL·E'], rejects: ['Dalle Valle'] },
  { name: 'DeepL', words: ['deepl'], pattern: /\bDeepL\b/, kind: 'text', matches: ['translated with DeepL'], rejects: ['deeply'] },
  { name: 'Adobe Firefly', words: ['firefly'], pattern: /\bAdobe Firefly\b|\bFirefly(?= AI| Image)/, kind: 'image', matches: ['Illustration made with Adobe Firefly'], rejects: ['Firefly Lane'] },
  { name: 'Gemini', words: ['gemini'], pattern: /\bgemini-[\w.-]+|\bGemini(?:[ -](?:\d(?:\.\d)?|Pro|Ultra|Flash|Nano|Advanced))+\b|\bGoogle(?:'s)? Gemini\b|(?<=(?:AI|IA|KI|intelligen[cz]\p{L}*|artificial|artificiale|artificielle|künstliche) \()Gemini(?=\))|\bGemini(?=, (?:l['’]|(?:an?|the|una?|el|la|uma?|il|le|der|die|das|ein|eine) )(?:AI|IA|KI|herramienta|asistente|ferramenta|assistente|strumento|outil|assistant|tool|chatbot|model|modelo|modello|modèle|Werkzeug|Sprachmodell)\b)/u, kind: 'text', matches: ['Summary written by gemini-2.5-flash-lite', 'Google Gemini Pro', 'com auxílio de inteligência artificial (Gemini)', 'elaborado con apoyo de Gemini, una herramienta de inteligencia artificial', "Gemini, l'IA de Google"], rejects: ['Gemini season', 'Project Gemini astronauts', 'born under a star sign (Gemini)'] },
  { name: 'GPT', words: ['gpt'], pattern: /\bGPT-?\d(?:\.\d)?(?:o|[ -]?(?:turbo|mini))?\b/i, kind: 'text', matches: ['The GPT-4-based Benzinga Neuro', 'GPT-4o'], rejects: ['GPT'] },
  { name: 'Grok', words: ['grok'], pattern: /\bGrok(?: \d)?(?= AI|\s\d|\b)(?!\w)/, kind: 'text', matches: ['written with Grok 3'], rejects: ['grokking'] },
  { name: 'Imagen', words: ['imagen'], pattern: /\bImagen \d\b|\bGoogle Imagen\b/, kind: 'image', matches: ['made with Imagen 3'], rejects: ['imagen de archivo'] },
  { name: 'Llama', words: ['llama'], pattern: /\b(?:Meta )?Llama[ -]?\d(?:\.\d)?\b/i, kind: 'text', matches: ['generated with Llama 3'], rejects: ['llama farm'] },
  { name: 'Midjourney', words: ['journey'], pattern: /\b(?:Midjourney|MidJourney|midjourney|Mid Journey)\b/, kind: 'image', matches: ['Image generated with Midjourney'], rejects: ['mid-journey stop'] },
  { name: 'Le Chat', words: ['le chat'], pattern: /\bLe Chat(?= \(Mistral|,? (?:de|by|from|von) Mistral|, (?:the|an?|el|un|le|l['’]|il|der|die|das)\s?(?:AI|IA|KI|assistant|asistente|assistente|Assistent|chatbot)\b[^.\n]{0,60}Mistral)|\bMistral(?:['’]s| AI['’]s)? Le Chat\b/, kind: 'text', matches: ['la redacción utilizó Le Chat, el asistente de inteligencia artificial de Mistral', "Mistral's Le Chat", 'Le Chat (Mistral AI)'], rejects: ['Le Chat Noir', 'le chat de la voisine', 'Le Chat, a cabaret in Paris'] },
  { name: 'Mistral', words: ['mistral'], pattern: /\bMistral(?= AI| Large| Medium| Small|\s\d)/, kind: 'text', matches: ['Mistral Large'], rejects: ['mistral wind'] },
  { name: 'NotebookLM', words: ['notebooklm'], pattern: /\bNotebookLM\b/, kind: 'text', matches: ['our reporters used NotebookLM, an AI research tool from Google'], rejects: ['a notebook'] },
  { name: 'Otter.ai', words: ['otter'], pattern: /\bOtter(?:\.ai| AI)\b/, kind: 'text', matches: ['transcribed with Otter.ai', 'Otter AI'], rejects: ['a sea otter', 'Otter Creek'] },
  { name: 'Perplexity', words: ['perplexity'], pattern: /\bPerplexity(?: AI| Pro)?\b(?! (?:about|over|at|and confusion)\b)/, kind: 'text', matches: ['with the aid of Perplexity and other AI tools', 'researched with Perplexity AI'], rejects: ['perplexity about the result', 'Perplexity about the verdict grew'] },
  { name: 'Stable Diffusion', words: ['diffusion'], pattern: /\bStable[ -]Diffusion\b|\bstable-diffusion\b/, kind: 'image', matches: ['made with Stable Diffusion'], rejects: ['stable diffusion of gases'] },
  { name: 'Whisper', words: ['whisper'], pattern: /\bWhisper(?=,? (?:an?|the|OpenAI['’]s) (?:AI|open-source|speech|transcription)\b|,? (?:by|from) OpenAI\b| \(OpenAI\))|\bOpenAI['’]s Whisper\b|(?<=(?:AI|IA|KI|intelligen[cz]\p{L}*|artificial|artificiale|artificielle|künstliche) \()Whisper(?=\))/u, kind: 'audio', matches: ['ran the audio through Whisper, an AI transcription tool', "transcribed with OpenAI's Whisper", "uno strumento di intelligenza artificiale (Whisper)"], rejects: ['a stage whisper', 'Whisper of the Heart', 'Whisper, a novel'] },
];

export function findAiModel(text: string): string | null {
  const lower = text.toLowerCase();
  for (const model of AI_MODELS) {
    if (!mayName(model, lower)) continue;
    const match = model.pattern.exec(text);
    if (!match) continue;
    if (model.name === 'GPT') return match[0].toUpperCase().replace(/^GPT(?=\d)/, 'GPT-').replace(/O$/, 'o');
    if (model.name === 'Gemini' && /gemini-/i.test(match[0])) return match[0];
    // The version is part of the model's name: "DALL·E 3" is reported as "DALL-E 3".
    if (model.name === 'DALL-E') return match[0].replace(/^(?:DALL|Dall)[·-]?E ?/, 'DALL-E ').trim();
    return model.name;
  }
  return null;
}
