import { CONVERSATION_EVENT_TYPES, MENTION_EVENT_TYPES, type LiveEvent } from '@klantstem/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { MENTIONS_KEY } from './mentions';

const Connected = createContext(false);

/**
 * One live stream per signed-in tab, whatever screen is open: every conversation event refreshes the
 * inbox and the conversation it names, and the person's own mention events their mentions (the
 * badge in the menu). EventSource reconnects by itself; after a reconnect everything is reloaded,
 * since events sent while the connection was down are not replayed.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource('/api/v1/conversations/events');
    let seenOpen = false;
    source.onopen = () => {
      setConnected(true);
      if (seenOpen) {
        void client.invalidateQueries({ queryKey: ['conversations'] });
        void client.invalidateQueries({ queryKey: MENTIONS_KEY });
      }
      seenOpen = true;
    };
    source.onerror = () => setConnected(false);
    const onConversation = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LiveEvent;
      void client.invalidateQueries({ queryKey: ['conversations', 'inbox'] });
      if (event.conversationId)
        void client.invalidateQueries({ queryKey: ['conversations', 'one', event.conversationId] });
    };
    const onMention = () => void client.invalidateQueries({ queryKey: MENTIONS_KEY });
    for (const type of CONVERSATION_EVENT_TYPES) source.addEventListener(type, onConversation);
    for (const type of MENTION_EVENT_TYPES) source.addEventListener(type, onMention);
    return () => source.close();
  }, [client]);
  return <Connected.Provider value={connected}>{children}</Connected.Provider>;
}

/** Whether the live stream is connected now (screens say so, and that they update by themselves). */
export function useLiveConversations(): boolean {
  return useContext(Connected);
}
