import type { ConversationEvent } from '@klantstem/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

/**
 * Keeps conversation screens live: every event from the server's stream refreshes the inbox and the
 * conversation it names. EventSource reconnects by itself; after a reconnect everything is reloaded,
 * since events sent while the connection was down are not replayed.
 */
export function useLiveConversations(): boolean {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource('/api/v1/conversations/events');
    let seenOpen = false;
    source.onopen = () => {
      setConnected(true);
      if (seenOpen) void client.invalidateQueries({ queryKey: ['conversations'] });
      seenOpen = true;
    };
    source.onerror = () => setConnected(false);
    const onEvent = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as ConversationEvent;
      void client.invalidateQueries({ queryKey: ['conversations', 'inbox'] });
      void client.invalidateQueries({ queryKey: ['conversations', 'one', event.conversationId] });
    };
    for (const type of ['conversation.started', 'conversation.changed', 'message.added']) {
      source.addEventListener(type, onEvent);
    }
    return () => source.close();
  }, [client]);
  return connected;
}
